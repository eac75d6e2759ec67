package io.cairn.adapter.in.http.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cairn.ports.in.chat.AnswerResult;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A whole answer as an OpenAI {@code chat.completion} object, with Cairn's citations in extension fields. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChatCompletionResponse(
        String id, String object, long created, String model, List<Choice> choices, OpenAiUsage usage) {

    static ChatCompletionResponse from(String model, long created, AnswerResult result) {
        Message message =
                new Message("assistant", result.answer(), OpenAiCitation.all(result.citations()), result.answered());
        return new ChatCompletionResponse(
                CompletionIds.of(result.messageId()),
                "chat.completion",
                created,
                model,
                List.of(new Choice(0, message, null, "stop")),
                OpenAiUsage.from(result.usage()));
    }

    /** The one choice Cairn gives. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Choice(
            int index, Message message, Object logprobs, @JsonProperty("finish_reason") String finishReason) {}

    /** The assistant's answer, its citations and whether the bot's content held an answer at all. */
    @Serdeable
    public record Message(
            String role,
            String content,
            @JsonProperty("cairn_citations") List<OpenAiCitation> cairnCitations,
            @JsonProperty("cairn_answered") boolean cairnAnswered) {}
}
