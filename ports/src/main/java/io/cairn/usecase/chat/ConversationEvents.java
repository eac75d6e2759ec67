package io.cairn.usecase.chat;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.chat.Message;
import io.cairn.domain.event.EventTypes;
import io.cairn.domain.event.OutboundEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code conversation.completed}: one answer turn has finished (streamed to its end, or answered at once) and the
 * bot's reply is stored. Sent once per answer, so a conversation of three questions sends three.
 */
final class ConversationEvents {

    private ConversationEvents() {}

    static OutboundEvent completed(Bot bot, Message reply) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("conversationId", reply.conversationId().toString());
        data.put("botId", bot.id().toString());
        data.put("messageId", reply.id().toString());
        data.put("answered", reply.answered());
        data.put("mode", reply.answerMode());
        data.put("partial", reply.partial());
        return new OutboundEvent(
                EventTypes.CONVERSATION_COMPLETED,
                bot.organizationId(),
                Optional.of(bot.workspaceId()),
                data,
                reply.createdAt());
    }
}
