package io.cairn.adapter.in.http.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One {@code chat.completion.chunk} of a streamed answer. The first carries the role, then one per token, and the
 * last carries Cairn's {@code cairn_citations} and {@code cairn_answered} with {@code finish_reason: "stop"}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChatCompletionChunk(String id, String object, long created, String model, List<Choice> choices) {

    static ChatCompletionChunk of(String id, long created, String model, Delta delta, String finishReason) {
        return new ChatCompletionChunk(
                id, "chat.completion.chunk", created, model, List.of(new Choice(0, delta, null, finishReason)));
    }

    /** The chunk's only choice; {@code finish_reason} stays null until the last chunk, as OpenAI sends it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Choice(int index, Delta delta, Object logprobs, @JsonProperty("finish_reason") String finishReason) {}

    /** What this chunk adds; absent fields are left out of the JSON. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delta(
            String role,
            String content,
            @JsonProperty("cairn_citations") List<OpenAiCitation> cairnCitations,
            @JsonProperty("cairn_answered") Boolean cairnAnswered) {

        static Delta start() {
            return new Delta("assistant", "", null, null);
        }

        static Delta token(String text) {
            return new Delta(null, text, null, null);
        }

        static Delta end(List<OpenAiCitation> citations, boolean answered) {
            return new Delta(null, null, citations, answered);
        }
    }
}
