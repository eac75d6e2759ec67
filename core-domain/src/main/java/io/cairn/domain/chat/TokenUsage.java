package io.cairn.domain.chat;

/** Tokens spent on one answer. */
public record TokenUsage(int promptTokens, int completionTokens) {

    public TokenUsage {
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException("token counts are never negative");
        }
    }

    public static TokenUsage none() {
        return new TokenUsage(0, 0);
    }

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
