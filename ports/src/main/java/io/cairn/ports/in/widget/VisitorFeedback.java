package io.cairn.ports.in.widget;

import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.widget.Rating;
import java.util.Objects;

/** A widget visitor's thumbs up or down on one answer of their own conversation. */
public record VisitorFeedback(
        WidgetVisit visit,
        VisitorIdentity identity,
        ConversationId conversationId,
        MessageId messageId,
        Rating rating) {

    public VisitorFeedback {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(rating, "rating");
    }
}
