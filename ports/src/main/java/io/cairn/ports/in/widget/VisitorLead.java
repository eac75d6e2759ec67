package io.cairn.ports.in.widget;

import io.cairn.domain.chat.ConversationId;
import java.util.Objects;
import java.util.Optional;

/** The name and e-mail a widget visitor leaves, and the conversation they left it in, if any. */
public record VisitorLead(
        WidgetVisit visit,
        VisitorIdentity identity,
        Optional<ConversationId> conversationId,
        String name,
        String email) {

    public VisitorLead {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
