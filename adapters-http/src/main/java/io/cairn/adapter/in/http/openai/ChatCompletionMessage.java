package io.cairn.adapter.in.http.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cairn.domain.chat.MessageRole;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One message of a chat completion request; {@code content} is a string or a list of content parts. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatCompletionMessage(String role, Object content) {

    boolean fromUser() {
        return "user".equals(role);
    }

    /** The role as a turn of the conversation: user or assistant; system, developer and tool messages are not. */
    Optional<MessageRole> turnRole() {
        return switch (role == null ? "" : role) {
            case "user" -> Optional.of(MessageRole.USER);
            case "assistant" -> Optional.of(MessageRole.ASSISTANT);
            default -> Optional.empty();
        };
    }

    /** The text of the message: a plain string, or the {@code text} parts of a part list joined in order. */
    String text() {
        if (content instanceof CharSequence text) {
            return text.toString();
        }
        if (content instanceof List<?> parts) {
            return parts.stream()
                    .filter(part -> part instanceof Map<?, ?> map && "text".equals(map.get("type")))
                    .map(part -> String.valueOf(((Map<?, ?>) part).get("text")))
                    .collect(Collectors.joining("\n"));
        }
        return "";
    }
}
