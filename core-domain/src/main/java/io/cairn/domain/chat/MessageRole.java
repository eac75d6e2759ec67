package io.cairn.domain.chat;

/** Who wrote a message. */
public enum MessageRole {
    USER,
    ASSISTANT
}
