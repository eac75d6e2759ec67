package io.cairn.adapter.in.http.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cairn.domain.session.RefreshTokenId;
import io.cairn.domain.session.TokenFamilyId;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.account.MintedRefreshToken;
import io.cairn.ports.in.account.RefreshSessionUseCase;
import io.cairn.ports.in.account.SessionGrant;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues Cairn's signed access and refresh tokens. Refresh tokens are remembered server-side (by hash) through
 * {@link RefreshSessionUseCase}: each sign-in opens a family, each refresh rotates within it, log-out revokes it.
 * Both tokens carry the family id ({@code sid}).
 */
@Singleton
public class TokenIssuer {

    private final HmacJwtSignature signature;
    private final AuthConfiguration config;
    private final RefreshSessionUseCase sessions;

    public TokenIssuer(HmacJwtSignature signature, AuthConfiguration config, RefreshSessionUseCase sessions) {
        this.signature = signature;
        this.config = config;
        this.sessions = sessions;
    }

    /** A fresh pair for an account that just proved who it is: a new family starts. */
    public IssuedTokens issue(AccountView account) {
        return tokensOf(sessions.open(account, this::mintRefresh));
    }

    /**
     * Trades a refresh token for a new pair with the membership as it is now. A token that is not a valid Cairn
     * refresh JWT, or that the server no longer honours (spent, revoked, expired, member gone), is a 401.
     */
    public IssuedSession refresh(String refreshToken) {
        OrganizationId organization =
                verifiedOrganization(refreshToken).orElseThrow(() -> new AuthorizationException(null));
        SessionGrant grant = sessions.rotate(organization, refreshToken, this::mintRefresh);
        return new IssuedSession(tokensOf(grant), grant.account());
    }

    /** Revokes the family of the access token used, and that of {@code refreshToken} if it is the caller's. */
    public void revoke(Actor actor, Authentication authentication, Optional<String> refreshToken) {
        Optional<TokenFamilyId> family = Optional.ofNullable(
                        authentication.getAttributes().get(TokenClaims.FAMILY))
                .flatMap(TokenIssuer::familyId);
        sessions.end(actor, family, refreshToken.filter(t -> !t.isBlank()));
    }

    private IssuedTokens tokensOf(SessionGrant grant) {
        AccountView account = grant.account();
        Instant now = Instant.now();
        JWTClaimsSet access = claims(account, grant.family(), TokenClaims.ACCESS, now, config.accessTokenTtl())
                .jwtID(UUID.randomUUID().toString())
                .build();
        return new IssuedTokens(
                sign(access), grant.refreshToken(), config.accessTokenTtl().toSeconds());
    }

    private MintedRefreshToken mintRefresh(AccountView account, TokenFamilyId family, RefreshTokenId id) {
        Instant now = Instant.now();
        JWTClaimsSet refresh = claims(account, family, TokenClaims.REFRESH, now, config.refreshTokenTtl())
                .jwtID(id.toString())
                .build();
        return new MintedRefreshToken(sign(refresh), now.plus(config.refreshTokenTtl()));
    }

    /** The organization a signature-checked refresh token names; the server-side record decides the rest. */
    private Optional<OrganizationId> verifiedOrganization(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!signature.verify(jwt)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!TokenClaims.acceptable(claims::getClaim, TokenClaims.REFRESH, Instant.now())) {
                return Optional.empty();
            }
            return Optional.of(OrganizationId.parse(claims.getStringClaim(TokenClaims.ORGANIZATION)));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static JWTClaimsSet.Builder claims(
            AccountView account, TokenFamilyId family, String type, Instant now, Duration ttl) {
        return new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .audience(TokenClaims.AUDIENCE)
                .subject(account.userId().toString())
                .claim(TokenClaims.ORGANIZATION, account.organization().id().toString())
                .claim(TokenClaims.ROLE, TokenClaims.roleClaim(account.role()))
                .claim(TokenClaims.TYPE, type)
                .claim(TokenClaims.FAMILY, family.toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)));
    }

    private String sign(JWTClaimsSet claims) {
        try {
            return signature.sign(claims).serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    private static Optional<TokenFamilyId> familyId(Object claim) {
        try {
            return Optional.of(TokenFamilyId.parse(String.valueOf(claim)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A refreshed pair and the account it is for, as it is now. */
    public record IssuedSession(IssuedTokens tokens, AccountView account) {}
}
