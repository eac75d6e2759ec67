package io.cairn.domain.chat;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies a conversation. */
public record ConversationId(UUID value) {

    public ConversationId {
        Ids.require(value, "conversation");
    }

    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID());
    }

    public static ConversationId parse(String text) {
        return new ConversationId(Ids.parse("conversation", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
