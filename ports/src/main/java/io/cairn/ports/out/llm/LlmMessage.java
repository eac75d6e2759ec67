package io.cairn.ports.out.llm;

import java.util.Objects;

/** One message of a chat prompt; {@code role} is system, user or assistant. */
public record LlmMessage(String role, String content) {

    public LlmMessage {
        Objects.requireNonNull(role);
        Objects.requireNonNull(content);
    }
}
