package io.cairn.domain.chat;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies a message. */
public record MessageId(UUID value) {

    public MessageId {
        Ids.require(value, "message");
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    public static MessageId parse(String text) {
        return new MessageId(Ids.parse("message", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
