package io.cairn.domain.bot;

import io.cairn.domain.common.Text;
import io.cairn.domain.error.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * Everything a bot's owner can tune: its voice, its widget and how it retrieves. With {@code identityVerification}
 * on, the widget answers only visitors whose user id the owner's backend signed with the bot's identity secret.
 */
public record BotSettings(
        String instructions,
        String welcomeMessage,
        List<String> suggestedQuestions,
        String fallbackMessage,
        List<String> allowedOrigins,
        LeadForm leadForm,
        Theme theme,
        ModelSettings model,
        RetrievalSettings retrieval,
        boolean identityVerification) {

    public static final String DEFAULT_FALLBACK =
            "Sorry, I could not find an answer to that in the knowledge I was given.";

    public BotSettings {
        instructions =
                Text.orDefault(instructions, "You are a helpful assistant. Answer only from the given passages.");
        welcomeMessage = Text.orDefault(welcomeMessage, "Hi! Ask me anything about our documentation.");
        suggestedQuestions = suggestedQuestions == null ? List.of() : List.copyOf(suggestedQuestions);
        fallbackMessage = Text.orDefault(fallbackMessage, DEFAULT_FALLBACK);
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        leadForm = leadForm == null ? LeadForm.disabled() : leadForm;
        theme = theme == null ? Theme.defaults() : theme;
        model = model == null ? ModelSettings.defaults() : model;
        retrieval = retrieval == null ? RetrievalSettings.defaults() : retrieval;
        if (instructions.length() > 8_000) {
            throw new ValidationException("instructions", "must be at most 8000 characters");
        }
        if (suggestedQuestions.size() > 10) {
            throw new ValidationException("suggestedQuestions", "at most 10");
        }
        allowedOrigins.forEach(o -> Objects.requireNonNull(o, "allowedOrigins"));
    }

    /** Settings without identity verification, the default. */
    public BotSettings(
            String instructions,
            String welcomeMessage,
            List<String> suggestedQuestions,
            String fallbackMessage,
            List<String> allowedOrigins,
            LeadForm leadForm,
            Theme theme,
            ModelSettings model,
            RetrievalSettings retrieval) {
        this(
                instructions,
                welcomeMessage,
                suggestedQuestions,
                fallbackMessage,
                allowedOrigins,
                leadForm,
                theme,
                model,
                retrieval,
                false);
    }

    public static BotSettings defaults() {
        return new BotSettings(null, null, null, null, null, null, null, null, null);
    }

    public BotSettings withRetrieval(RetrievalSettings newRetrieval) {
        return new BotSettings(
                instructions,
                welcomeMessage,
                suggestedQuestions,
                fallbackMessage,
                allowedOrigins,
                leadForm,
                theme,
                model,
                newRetrieval,
                identityVerification);
    }

    public BotSettings withAllowedOrigins(List<String> newAllowedOrigins) {
        return new BotSettings(
                instructions,
                welcomeMessage,
                suggestedQuestions,
                fallbackMessage,
                newAllowedOrigins,
                leadForm,
                theme,
                model,
                retrieval,
                identityVerification);
    }
}
