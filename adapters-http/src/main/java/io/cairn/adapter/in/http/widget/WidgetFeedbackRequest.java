package io.cairn.adapter.in.http.widget;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.widget.Rating;
import io.cairn.ports.in.widget.VisitorFeedback;
import io.cairn.ports.in.widget.VisitorIdentity;
import io.cairn.ports.in.widget.WidgetVisit;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /widget/{publicKey}/feedback}: which answer of the visitor's conversation, and up or down. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record WidgetFeedbackRequest(
        String conversationId, String messageId, String rating, String userId, String userHash) {

    VisitorFeedback toFeedback(WidgetVisit visit) {
        if (conversationId == null || messageId == null) {
            throw new ValidationException("messageId", "conversationId and messageId are required");
        }
        return new VisitorFeedback(
                visit,
                VisitorIdentity.of(userId, userHash),
                ConversationId.parse(conversationId),
                MessageId.parse(messageId),
                Rating.parse(rating));
    }
}
