package io.cairn.adapter.in.http.bot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Body of {@code POST /bots} and {@code PATCH /bots/{botId}}. Every field is optional on PATCH: an absent (null)
 * field keeps its current value. Server-owned fields such as {@code id}, {@code organizationId} or
 * {@code publicKey} or {@code identitySecret} are not declared, so a body that carries them has no effect.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record BotRequest(
        String name,
        String workspaceId,
        String instructions,
        String welcomeMessage,
        List<String> suggestedQuestions,
        String fallbackMessage,
        List<String> allowedOrigins,
        LeadFormRequest leadForm,
        ThemeRequest theme,
        ModelRequest model,
        RetrievalRequest retrieval,
        Boolean identityVerification) {

    /** Whether the widget collects leads, and which fields. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LeadFormRequest(Boolean enabled, List<String> fields) {}

    /** The widget's colour and corner. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ThemeRequest(String primaryColor, String position) {}

    /** The language model and its sampling settings. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ModelRequest(String name, Double temperature, Integer maxTokens) {}

    /** How passages are retrieved: {@code hybrid}, {@code vector} or {@code keyword}. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RetrievalRequest(String mode, Integer topK, Double minScore) {}
}
