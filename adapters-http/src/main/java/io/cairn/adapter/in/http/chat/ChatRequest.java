package io.cairn.adapter.in.http.chat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;

/** Body of {@code POST /bots/{botId}/chat}: the question, and the conversation it continues, if any. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatRequest(String message, String conversationId) {

    /** The command checks the message (blank or over 4,000 characters is a 400) before anything streams. */
    AskQuestionCommand toCommand(Actor actor, String botId) {
        return new AskQuestionCommand(
                actor.organizationId(),
                BotId.parse(botId),
                message,
                Optional.ofNullable(conversationId).map(ConversationId::parse));
    }
}
