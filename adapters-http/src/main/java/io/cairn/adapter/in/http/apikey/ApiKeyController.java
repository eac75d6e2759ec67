package io.cairn.adapter.in.http.apikey;

import io.cairn.domain.apikey.ApiKeyId;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.apikey.ManageApiKeysUseCase;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Driving adapter: owners and admins create (shown once), list and revoke the organization's API keys. */
@Controller("/api/v1/api-keys")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ApiKeyController {

    private final ManageApiKeysUseCase keys;

    public ApiKeyController(ManageApiKeysUseCase keys) {
        this.keys = keys;
    }

    @Post
    @Status(HttpStatus.CREATED)
    public CreatedApiKeyResponse create(Actor actor, @Body CreateApiKeyRequest body) {
        return CreatedApiKeyResponse.from(keys.create(actor, body.toCommand()));
    }

    @Get
    public ApiKeyListResponse list(Actor actor) {
        return ApiKeyListResponse.from(keys.list(actor));
    }

    @Delete("/{keyId}")
    @Status(HttpStatus.NO_CONTENT)
    public void revoke(Actor actor, String keyId) {
        keys.revoke(actor, ApiKeyId.parse(keyId));
    }
}
