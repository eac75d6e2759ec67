package io.cairn.domain.bot;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies a bot. */
public record BotId(UUID value) {

    public BotId {
        Ids.require(value, "bot");
    }

    public static BotId random() {
        return new BotId(UUID.randomUUID());
    }

    public static BotId parse(String text) {
        return new BotId(Ids.parse("bot", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
