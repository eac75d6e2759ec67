package io.cairn.adapter.in.http.widget;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cairn.domain.chat.ConversationId;
import io.cairn.ports.in.widget.VisitorQuestion;
import io.cairn.ports.in.widget.WidgetVisit;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;

/**
 * Body of {@code POST /widget/{publicKey}/chat}: the question, the conversation id the server issued (to continue
 * it), and, for bots that verify identities, the visitor's {@code userId} with {@code userHash}, the hex
 * HMAC-SHA256 of the user id that the site's backend computed with the bot's identity secret.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record WidgetChatRequest(String message, String conversationId, String userId, String userHash) {

    VisitorQuestion toQuestion(WidgetVisit visit) {
        return new VisitorQuestion(
                visit,
                message,
                Optional.ofNullable(conversationId).map(ConversationId::parse),
                Optional.ofNullable(userId),
                Optional.ofNullable(userHash));
    }
}
