package io.cairn.ports.in.chat;

import io.cairn.domain.chat.MessageRole;
import java.util.Objects;

/**
 * A turn that came before the question in a client's own transcript (the OpenAI-compatible API sends the whole
 * exchange with every request): the model reads it as history, and it is not stored as the bot's words.
 */
public record EarlierTurn(MessageRole role, String content) {

    public EarlierTurn {
        Objects.requireNonNull(role);
        content = content == null ? "" : content;
    }
}
