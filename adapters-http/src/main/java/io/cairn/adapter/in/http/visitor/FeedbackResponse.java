package io.cairn.adapter.in.http.visitor;

import io.cairn.domain.widget.AnswerFeedback;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A visitor's rating of one answer, as bot members read it. */
@Serdeable
public record FeedbackResponse(String messageId, String conversationId, String rating, Instant ratedAt) {

    static FeedbackResponse from(AnswerFeedback f) {
        return new FeedbackResponse(
                f.messageId().toString(),
                f.conversationId().toString(),
                f.rating().wireName(),
                f.at());
    }
}
