package io.cairn.adapter.in.http.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/** Issues Cairn's signed access and refresh tokens, and checks a refresh token presented at {@code /auth/refresh}. */
@Singleton
public class TokenIssuer {

    private final HmacJwtSignature signature;
    private final AuthConfiguration config;

    public TokenIssuer(HmacJwtSignature signature, AuthConfiguration config) {
        this.signature = signature;
        this.config = config;
    }

    public IssuedTokens issue(UserId user, OrganizationId organization, Role role) {
        Instant now = Instant.now();
        String access = sign(user, organization, role, TokenClaims.ACCESS, now, config.accessTokenTtl());
        String refresh = sign(user, organization, role, TokenClaims.REFRESH, now, config.refreshTokenTtl());
        return new IssuedTokens(access, refresh, config.accessTokenTtl().toSeconds());
    }

    /** The user and organization a valid refresh token names; any other token, or a broken one, is a 401. */
    public RefreshClaims verifyRefresh(String token) {
        return parseRefresh(token).orElseThrow(() -> new AuthorizationException(null));
    }

    private Optional<RefreshClaims> parseRefresh(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!signature.verify(jwt)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!TokenClaims.acceptable(claims::getClaim, TokenClaims.REFRESH, Instant.now())) {
                return Optional.empty();
            }
            return Optional.of(new RefreshClaims(
                    UserId.parse(claims.getSubject()),
                    OrganizationId.parse(claims.getStringClaim(TokenClaims.ORGANIZATION)),
                    claims.getJWTID()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String sign(UserId user, OrganizationId org, Role role, String type, Instant now, Duration ttl) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .audience(TokenClaims.AUDIENCE)
                .subject(user.toString())
                .claim(TokenClaims.ORGANIZATION, org.toString())
                .claim(TokenClaims.ROLE, TokenClaims.roleClaim(role))
                .claim(TokenClaims.TYPE, type)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        try {
            return signature.sign(claims).serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    /** What a refresh token says: whose session it continues, and its own id (for rotation, later). */
    public record RefreshClaims(UserId userId, OrganizationId organizationId, String tokenId) {}
}
