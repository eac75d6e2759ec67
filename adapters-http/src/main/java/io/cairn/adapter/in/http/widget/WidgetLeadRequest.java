package io.cairn.adapter.in.http.widget;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cairn.domain.chat.ConversationId;
import io.cairn.ports.in.widget.VisitorIdentity;
import io.cairn.ports.in.widget.VisitorLead;
import io.cairn.ports.in.widget.WidgetVisit;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;

/** Body of {@code POST /widget/{publicKey}/leads}: the visitor's name and e-mail, and their conversation if any. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record WidgetLeadRequest(String name, String email, String conversationId, String userId, String userHash) {

    VisitorLead toLead(WidgetVisit visit) {
        return new VisitorLead(
                visit,
                VisitorIdentity.of(userId, userHash),
                Optional.ofNullable(conversationId).map(ConversationId::parse),
                name,
                email);
    }
}
