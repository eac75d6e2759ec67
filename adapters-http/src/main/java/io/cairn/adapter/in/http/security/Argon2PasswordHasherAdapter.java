package io.cairn.adapter.in.http.security;

import io.cairn.ports.out.security.PasswordHasherPort;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Driven adapter for {@link PasswordHasherPort}: argon2id (BouncyCastle) in the PHC string format
 * {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}. It lives in the HTTP adapter, next to the login it serves, though
 * it implements a driven port. Stored parameters are honoured on check, so the cost can rise without a migration.
 */
@Singleton
public class Argon2PasswordHasherAdapter implements PasswordHasherPort {

    // OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, new Params(MEMORY_KIB, ITERATIONS, PARALLELISM, salt), HASH_BYTES);
        return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
                .formatted(MEMORY_KIB, ITERATIONS, PARALLELISM, B64.encodeToString(salt), B64.encodeToString(hash));
    }

    @Override
    public boolean matches(String password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        Optional<Stored> stored = parse(encoded);
        if (stored.isEmpty()) {
            return false;
        }
        byte[] expected = stored.get().hash();
        byte[] actual = derive(password, stored.get().params(), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, Params params, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKib())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(params.salt())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    /** Reads a stored hash, refusing parameters outside sane bounds so a corrupt row cannot exhaust the server. */
    private static Optional<Stored> parse(String encoded) {
        Matcher m = ENCODED.matcher(encoded);
        if (!m.matches()) {
            return Optional.empty();
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int parallelism = Integer.parseInt(m.group(3));
        if (memory < 8 || memory > 1_048_576 || iterations < 1 || parallelism < 1) {
            return Optional.empty();
        }
        try {
            byte[] salt = B64_DECODER.decode(m.group(4));
            byte[] hash = B64_DECODER.decode(m.group(5));
            if (salt.length < 8 || hash.length < 16) {
                return Optional.empty();
            }
            return Optional.of(new Stored(new Params(memory, iterations, parallelism, salt), hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Params(int memoryKib, int iterations, int parallelism, byte[] salt) {}

    private record Stored(Params params, byte[] hash) {}
}
