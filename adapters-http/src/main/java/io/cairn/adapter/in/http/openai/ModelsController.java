package io.cairn.adapter.in.http.openai;

import io.cairn.adapter.in.http.security.KeyScope;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.tenant.Actor;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Driving adapter: OpenAI's {@code GET /v1/models}, listing the bots the caller may chat with as models. */
@Controller("/v1/models")
@KeyScope(ApiKeyScope.CHAT)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ModelsController {

    private final BotModels models;

    public ModelsController(BotModels models) {
        this.models = models;
    }

    @Get
    public ModelListResponse list(HttpRequest<?> request, Actor actor) {
        return ModelListResponse.of(models.all(request, actor));
    }
}
