package io.cairn.ports.in.apikey;

import io.cairn.domain.apikey.ApiKey;
import io.cairn.domain.apikey.ApiKeyId;
import io.cairn.domain.tenant.Actor;
import java.util.List;

/** Use case: owners and admins create, list and revoke the API keys of their organization. */
public interface ManageApiKeysUseCase {

    /** Creates a key for a workspace of the actor's organization; the secret is in the answer and nowhere else. */
    CreatedApiKey create(Actor actor, CreateApiKeyCommand command);

    List<ApiKey> list(Actor actor);

    /** Revokes the key at once; revoking a revoked key changes nothing, another tenant's key is not found. */
    void revoke(Actor actor, ApiKeyId id);
}
