package io.cairn.adapter.in.http.security;

import io.cairn.domain.tenant.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/** The claims Cairn puts in its tokens, and the one rule set that decides whether a token's claims are acceptable. */
public final class TokenClaims {

    public static final String ISSUER = "cairn";
    public static final String AUDIENCE = "cairn";
    public static final String ORGANIZATION = "org";
    public static final String ROLE = "role";
    public static final String TYPE = "typ";
    /** The refresh-token family (the sign-in session) a token belongs to; log-out revokes it. */
    public static final String FAMILY = "sid";

    public static final String ACCESS = "access";
    public static final String REFRESH = "refresh";

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private TokenClaims() {}

    /**
     * Whether a signature-checked token is of the expected type, for us, in its validity window, and names a
     * well-formed user, organization and role. Anything else, including an edited or missing claim, is refused.
     */
    public static boolean acceptable(Function<String, Object> claim, String expectedType, Instant now) {
        Instant exp = instant(claim.apply("exp"));
        Instant nbf = instant(claim.apply("nbf"));
        return expectedType.equals(claim.apply(TYPE))
                && ISSUER.equals(claim.apply("iss"))
                && hasAudience(claim.apply("aud"))
                && exp != null
                && now.isBefore(exp.plus(CLOCK_SKEW))
                && (nbf == null || !now.isBefore(nbf.minus(CLOCK_SKEW)))
                && isUuid(claim.apply("sub"))
                && isUuid(claim.apply(ORGANIZATION))
                && isRole(claim.apply(ROLE));
    }

    public static String roleClaim(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    public static Role role(Object claim) {
        return Role.valueOf(String.valueOf(claim).toUpperCase(Locale.ROOT));
    }

    private static boolean hasAudience(Object aud) {
        if (aud instanceof Collection<?> values) {
            return values.contains(AUDIENCE);
        }
        return AUDIENCE.equals(aud);
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        } else if (value instanceof Instant instant) {
            return instant;
        } else if (value instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }

    private static boolean isUuid(Object value) {
        try {
            return value instanceof String s && UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isRole(Object value) {
        try {
            return value instanceof String s && role(s) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
