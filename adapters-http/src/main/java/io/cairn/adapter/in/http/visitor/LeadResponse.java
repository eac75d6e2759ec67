package io.cairn.adapter.in.http.visitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.widget.Lead;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Contact details a widget visitor left, as owners and admins read them. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LeadResponse(String id, String name, String email, String conversationId, Instant createdAt) {

    static LeadResponse from(Lead l) {
        return new LeadResponse(
                l.id().toString(),
                l.name(),
                l.email(),
                l.conversationId().map(ConversationId::toString).orElse(null),
                l.at());
    }
}
