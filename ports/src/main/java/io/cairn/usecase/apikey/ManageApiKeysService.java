package io.cairn.usecase.apikey;

import io.cairn.domain.apikey.ApiKey;
import io.cairn.domain.apikey.ApiKeyId;
import io.cairn.domain.apikey.ApiKeyPolicy;
import io.cairn.domain.apikey.ApiKeySecret;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.UserId;
import io.cairn.domain.tenant.Workspace;
import io.cairn.ports.in.apikey.CreateApiKeyCommand;
import io.cairn.ports.in.apikey.CreatedApiKey;
import io.cairn.ports.in.apikey.ManageApiKeysUseCase;
import io.cairn.ports.out.persistence.ApiKeyRepository;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.time.ClockPort;
import java.util.List;
import java.util.Optional;

/** Creates keys for a workspace of the actor's organization, lists them without secrets, and revokes them. */
public final class ManageApiKeysService implements ManageApiKeysUseCase {

    private final ApiKeyRepository keys;
    private final WorkspaceRepository workspaces;
    private final ClockPort clock;

    public ManageApiKeysService(ApiKeyRepository keys, WorkspaceRepository workspaces, ClockPort clock) {
        this.keys = keys;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Override
    public CreatedApiKey create(Actor actor, CreateApiKeyCommand command) {
        UserId creator = ApiKeyPolicy.requireCreator(actor);
        Workspace workspace = workspaces
                .findById(actor.organizationId(), command.workspaceId())
                .orElseThrow(() -> new NotFoundException("workspace", command.workspaceId()));
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = new ApiKey(
                ApiKeyId.random(),
                workspace.organizationId(),
                workspace.id(),
                command.name(),
                creator,
                command.scopes(),
                secret.prefix(),
                secret.hash(),
                clock.now(),
                Optional.empty(),
                Optional.empty());
        keys.save(key);
        return new CreatedApiKey(key, secret.value());
    }

    @Override
    public List<ApiKey> list(Actor actor) {
        ApiKeyPolicy.requireCanManage(actor);
        return keys.listByOrganization(actor.organizationId());
    }

    @Override
    public void revoke(Actor actor, ApiKeyId id) {
        ApiKeyPolicy.requireCanManage(actor);
        keys.findById(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("api_key", id));
        keys.revoke(actor.organizationId(), id, clock.now());
    }
}
