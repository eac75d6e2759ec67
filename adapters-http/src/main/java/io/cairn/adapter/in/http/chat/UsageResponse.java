package io.cairn.adapter.in.http.chat;

import io.cairn.domain.chat.TokenUsage;
import io.micronaut.serde.annotation.Serdeable;

/** Tokens an answer cost. */
@Serdeable
public record UsageResponse(int promptTokens, int completionTokens, int totalTokens) {

    static UsageResponse from(TokenUsage usage) {
        TokenUsage u = usage == null ? TokenUsage.none() : usage;
        return new UsageResponse(u.promptTokens(), u.completionTokens(), u.totalTokens());
    }
}
