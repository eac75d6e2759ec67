package io.cairn.adapter.in.http.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cairn.domain.chat.TokenUsage;
import io.micronaut.serde.annotation.Serdeable;

/** Tokens an answer cost, named as OpenAI names them. */
@Serdeable
public record OpenAiUsage(
        @JsonProperty("prompt_tokens") int promptTokens,
        @JsonProperty("completion_tokens") int completionTokens,
        @JsonProperty("total_tokens") int totalTokens) {

    static OpenAiUsage from(TokenUsage usage) {
        TokenUsage u = usage == null ? TokenUsage.none() : usage;
        return new OpenAiUsage(u.promptTokens(), u.completionTokens(), u.totalTokens());
    }
}
