package io.cairn.adapter.out.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.domain.chat.TokenUsage;
import io.cairn.ports.out.llm.LlmMessage;
import io.cairn.ports.out.llm.LlmRequest;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The chat-completions wire format: the streaming request body, and the content and usage of each chunk. */
final class ChatCompletionJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatCompletionJson() {}

    static String streamingRequest(LlmRequest request, String defaultModel) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", request.model().isBlank() ? defaultModel : request.model());
        body.put("stream", true);
        body.putObject("stream_options").put("include_usage", true);
        body.put("temperature", request.temperature());
        if (request.maxTokens() > 0) {
            body.put("max_tokens", request.maxTokens());
        }
        var messages = body.putArray("messages");
        for (LlmMessage message : request.messages()) {
            messages.addObject().put("role", message.role()).put("content", message.content());
        }
        return body.toString();
    }

    /** One {@code data:} payload of the stream, already stripped of its prefix. */
    record Chunk(String content, Optional<TokenUsage> usage) {

        static Chunk parse(String data) {
            JsonNode node;
            try {
                node = JSON.readTree(data);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("unreadable chunk from the model provider", e);
            }
            JsonNode choices = node.path("choices");
            String content = choices.isArray() && !choices.isEmpty()
                    ? choices.get(0).path("delta").path("content").asText("")
                    : "";
            JsonNode usage = node.path("usage");
            Optional<TokenUsage> tokens = usage.isObject()
                    ? Optional.of(new TokenUsage(
                            usage.path("prompt_tokens").asInt(0),
                            usage.path("completion_tokens").asInt(0)))
                    : Optional.empty();
            return new Chunk(content, tokens);
        }
    }
}
