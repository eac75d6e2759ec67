package io.cairn.adapter.in.http.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cairn.domain.error.ValidationException;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Body of {@code POST /v1/chat/completions}: {@code model} names a bot, the last user message is the question.
 * Sampling settings such as {@code temperature} or {@code max_tokens} are ignored: the bot's own settings apply.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatCompletionRequest(String model, List<ChatCompletionMessage> messages, Boolean stream) {

    public ChatCompletionRequest {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    boolean streamed() {
        return Boolean.TRUE.equals(stream);
    }

    String requiredModel() {
        if (model == null || model.isBlank()) {
            throw new ValidationException("model", "is required: the id of one of your bots");
        }
        return model.strip();
    }

    /** The question: earlier turns are not replayed, each completion starts a new conversation. */
    String question() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            ChatCompletionMessage message = messages.get(i);
            if (message.fromUser()) {
                return message.text();
            }
        }
        throw new ValidationException("messages", "must contain a message with the role user");
    }
}
