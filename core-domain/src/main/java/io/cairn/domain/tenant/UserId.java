package io.cairn.domain.tenant;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies a user. */
public record UserId(UUID value) {

    public UserId {
        Ids.require(value, "user");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    public static UserId parse(String text) {
        return new UserId(Ids.parse("user", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
