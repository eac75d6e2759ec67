package io.cairn.ports.in.chat;

import io.cairn.domain.chat.MessageRole;
import io.cairn.domain.common.Text;
import java.util.Objects;

/**
 * A turn that came before the question in a client's own transcript (the OpenAI-compatible API sends the whole
 * exchange with every request): the model reads it as history, and it is not stored as the bot's words.
 */
public record EarlierTurn(MessageRole role, String content) {

    /**
     * Characters a turn may hold. The prompt keeps only the newest turns that fit its token budget, but it counts
     * each turn's tokens to know, so an unbounded turn would cost unbounded tokenizing.
     */
    public static final int MAX_LENGTH = 32_000;

    public EarlierTurn {
        Objects.requireNonNull(role);
        content = Text.required(content, "messages", MAX_LENGTH);
    }
}
