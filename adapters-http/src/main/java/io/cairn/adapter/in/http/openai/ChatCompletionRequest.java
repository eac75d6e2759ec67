package io.cairn.adapter.in.http.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cairn.domain.chat.MessageRole;
import io.cairn.domain.error.ValidationException;
import io.cairn.ports.in.chat.EarlierTurn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Body of {@code POST /v1/chat/completions}: {@code model} names a bot, the last user message is the question and the
 * user and assistant messages before it are the conversation so far.
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

    /** The question: the last message with the role user. */
    String question() {
        return messages.get(questionIndex()).text();
    }

    /**
     * The user and assistant turns before the question, oldest first, which the model reads as the conversation so
     * far; system and tool messages are left out (the bot's own instructions apply), and so are empty turns.
     */
    List<EarlierTurn> earlierTurns() {
        List<EarlierTurn> turns = new ArrayList<>();
        for (ChatCompletionMessage message : messages.subList(0, questionIndex())) {
            Optional<MessageRole> role = message.turnRole();
            String text = message.text();
            if (role.isPresent() && !text.isBlank()) {
                turns.add(new EarlierTurn(role.get(), text));
            }
        }
        return turns;
    }

    private int questionIndex() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).fromUser()) {
                return i;
            }
        }
        throw new ValidationException("messages", "must contain a message with the role user");
    }
}
