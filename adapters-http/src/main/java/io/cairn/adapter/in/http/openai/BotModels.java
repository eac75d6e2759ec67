package io.cairn.adapter.in.http.openai;

import io.cairn.adapter.in.http.security.ApiKeyAuthentication;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Page;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.apikey.ApiKeyGrant;
import io.cairn.ports.in.bot.FindBotsUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * The bots a caller may use as OpenAI models: those of its organization and, for an API key, of the key's
 * workspace only. The model id sits in the body, so the key scope rule cannot check the workspace from the path.
 */
@Singleton
public class BotModels {

    private final FindBotsUseCase findBots;

    public BotModels(FindBotsUseCase findBots) {
        this.findBots = findBots;
    }

    /** The bot the model id names, empty when it is malformed, missing, another tenant's or out of the key's reach. */
    Optional<Bot> find(HttpRequest<?> request, Actor actor, String model) {
        BotId id;
        try {
            id = BotId.parse(model);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(findBots.get(actor, id)).filter(bot -> reachable(request, bot));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    List<Bot> all(HttpRequest<?> request, Actor actor) {
        return Page.all(page -> findBots.list(actor, page)).stream()
                .filter(bot -> reachable(request, bot))
                .toList();
    }

    private static boolean reachable(HttpRequest<?> request, Bot bot) {
        return grantOf(request)
                .map(grant -> grant.workspaceId().equals(bot.workspaceId()))
                .orElse(true);
    }

    private static Optional<ApiKeyGrant> grantOf(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .flatMap(authentication -> ApiKeyAuthentication.grantOf(authentication.getAttributes()));
    }
}
