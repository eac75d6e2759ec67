package io.cairn.adapter.in.http.bot;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.tenant.Role;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A bot as the API shows it: identity, publishable key and every setting, plus the identity secret for owners and
 * admins, who give it to their backend to sign visitors' user ids.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BotResponse(
        String id,
        String workspaceId,
        String name,
        String publicKey,
        String instructions,
        String welcomeMessage,
        List<String> suggestedQuestions,
        String fallbackMessage,
        List<String> allowedOrigins,
        LeadFormResponse leadForm,
        ThemeResponse theme,
        ModelResponse model,
        RetrievalResponse retrieval,
        boolean identityVerification,
        String identitySecret,
        String createdAt) {

    /** The identity secret is shown to owners and admins only; everyone else gets null. */
    static BotResponse from(Bot bot, Role viewer) {
        BotSettings s = bot.settings();
        return new BotResponse(
                bot.id().toString(),
                bot.workspaceId().toString(),
                bot.name(),
                bot.publicKey(),
                s.instructions(),
                s.welcomeMessage(),
                s.suggestedQuestions(),
                s.fallbackMessage(),
                s.allowedOrigins(),
                new LeadFormResponse(s.leadForm().enabled(), s.leadForm().fields()),
                new ThemeResponse(s.theme().primaryColor(), s.theme().position()),
                new ModelResponse(
                        s.model().name(), s.model().temperature(), s.model().maxTokens()),
                new RetrievalResponse(
                        s.retrieval().mode().wireName(),
                        s.retrieval().topK(),
                        s.retrieval().minScore()),
                s.identityVerification(),
                bot.identitySecret().revealTo(viewer).orElse(null),
                bot.createdAt().toString());
    }

    /** Lead capture settings. */
    @Serdeable
    public record LeadFormResponse(boolean enabled, List<String> fields) {}

    /** Widget look. */
    @Serdeable
    public record ThemeResponse(String primaryColor, String position) {}

    /** Model settings; an empty name means the deployment's default model. */
    @Serdeable
    public record ModelResponse(String name, double temperature, int maxTokens) {}

    /** Retrieval settings. */
    @Serdeable
    public record RetrievalResponse(String mode, int topK, double minScore) {}
}
