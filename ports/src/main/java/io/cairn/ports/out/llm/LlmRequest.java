package io.cairn.ports.out.llm;

import java.util.List;
import java.util.Objects;

/** A prompt and the model settings to answer it with; an empty model name means the configured default. */
public record LlmRequest(String model, double temperature, int maxTokens, List<LlmMessage> messages) {

    public LlmRequest {
        model = model == null ? "" : model;
        messages = List.copyOf(Objects.requireNonNull(messages));
    }
}
