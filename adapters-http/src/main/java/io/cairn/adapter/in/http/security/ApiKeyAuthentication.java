package io.cairn.adapter.in.http.security;

import io.cairn.ports.in.apikey.ApiKeyGrant;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a request authenticated by an API key looks to the rest of the HTTP adapter: the organization and role claims
 * every authentication carries, plus the key's grant, which marks it as a key and holds its scopes and workspace.
 */
public final class ApiKeyAuthentication {

    static final String GRANT = "cairn.apiKeyGrant";

    private ApiKeyAuthentication() {}

    static Authentication of(ApiKeyGrant grant) {
        return Authentication.build(
                "api-key:" + grant.keyId(),
                List.of(),
                Map.of(
                        TokenClaims.ORGANIZATION,
                        grant.organizationId().toString(),
                        TokenClaims.ROLE,
                        TokenClaims.roleClaim(grant.role()),
                        GRANT,
                        grant));
    }

    /** The key's grant when the request was authenticated by a key; empty for a signed-in user. */
    public static Optional<ApiKeyGrant> grantOf(Map<String, Object> attributes) {
        return attributes.get(GRANT) instanceof ApiKeyGrant grant ? Optional.of(grant) : Optional.empty();
    }
}
