package io.cairn.adapter.out.jdbc.bot;

import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.bot.LeadForm;
import io.cairn.domain.bot.ModelSettings;
import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.bot.RetrievalSettings;
import io.cairn.domain.bot.Theme;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The stored JSON shape of {@link BotSettings}; a field missing from older rows falls back to the domain default. */
@Serdeable
record BotSettingsJson(
        String instructions,
        String welcomeMessage,
        List<String> suggestedQuestions,
        String fallbackMessage,
        List<String> allowedOrigins,
        LeadFormJson leadForm,
        ThemeJson theme,
        ModelJson model,
        RetrievalJson retrieval,
        Boolean identityVerification) {

    @Serdeable
    record LeadFormJson(boolean enabled, List<String> fields) {}

    @Serdeable
    record ThemeJson(String primaryColor, String position) {}

    @Serdeable
    record ModelJson(String name, double temperature, int maxTokens) {}

    @Serdeable
    record RetrievalJson(String mode, int topK, double minScore) {}

    static BotSettingsJson from(BotSettings s) {
        return new BotSettingsJson(
                s.instructions(),
                s.welcomeMessage(),
                s.suggestedQuestions(),
                s.fallbackMessage(),
                s.allowedOrigins(),
                new LeadFormJson(s.leadForm().enabled(), s.leadForm().fields()),
                new ThemeJson(s.theme().primaryColor(), s.theme().position()),
                new ModelJson(
                        s.model().name(), s.model().temperature(), s.model().maxTokens()),
                new RetrievalJson(
                        s.retrieval().mode().name(),
                        s.retrieval().topK(),
                        s.retrieval().minScore()),
                s.identityVerification());
    }

    BotSettings toDomain() {
        return new BotSettings(
                instructions,
                welcomeMessage,
                suggestedQuestions,
                fallbackMessage,
                allowedOrigins,
                leadForm == null ? null : new LeadForm(leadForm.enabled(), leadForm.fields()),
                theme == null ? null : new Theme(theme.primaryColor(), theme.position()),
                model == null ? null : new ModelSettings(model.name(), model.temperature(), model.maxTokens()),
                retrieval == null
                        ? null
                        : new RetrievalSettings(
                                RetrievalMode.parse(retrieval.mode()), retrieval.topK(), retrieval.minScore()),
                Boolean.TRUE.equals(identityVerification));
    }
}
