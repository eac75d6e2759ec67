package io.cairn.adapter.in.http.widget;

import io.cairn.domain.bot.IdentitySecret;
import io.cairn.ports.out.security.VisitorSignaturePort;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Driven adapter: verifies a widget visitor's identity as HMAC-SHA256 of the UTF-8 user id, keyed with the UTF-8
 * identity secret, sent as hex (either case). The comparison is constant-time, so timing tells nothing of the
 * expected signature.
 */
@Singleton
public class HmacVisitorSignatureAdapter implements VisitorSignaturePort {

    private static final String ALGORITHM = "HmacSHA256";

    @Override
    public boolean verifies(IdentitySecret secret, String userId, String signature) {
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.strip());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, userId), given);
    }

    static byte[] sign(IdentitySecret secret, String userId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(userId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides " + ALGORITHM, e);
        }
    }
}
