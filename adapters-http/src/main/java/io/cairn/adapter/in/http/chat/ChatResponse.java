package io.cairn.adapter.in.http.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.ports.in.chat.AnswerResult;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A whole answer ({@code Accept: application/json}); {@code mode} is generated, extractive or fallback. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChatResponse(
        String conversationId,
        String messageId,
        String answer,
        boolean answered,
        String mode,
        List<CitationResponse> citations,
        UsageResponse usage,
        boolean partial) {

    public static ChatResponse from(AnswerResult r) {
        return new ChatResponse(
                r.conversationId().toString(),
                r.messageId().toString(),
                r.answer(),
                r.answered(),
                r.mode(),
                CitationResponse.all(r.citations()),
                UsageResponse.from(r.usage()),
                r.partial());
    }
}
