package io.cairn.ports.in.widget;

import io.cairn.domain.common.Text;
import java.util.Objects;
import java.util.Optional;

/** The user id a widget visitor claims and its signature from the bot owner's backend, both optional. */
public record VisitorIdentity(Optional<String> userId, Optional<String> userHash) {

    public VisitorIdentity {
        userId = Objects.requireNonNull(userId, "userId").filter(id -> !id.isBlank());
        userHash = Objects.requireNonNull(userHash, "userHash").filter(hash -> !hash.isBlank());
        userId.ifPresent(id -> Text.required(id, "userId", VisitorQuestion.MAX_USER_ID_LENGTH));
    }

    public static VisitorIdentity of(String userId, String userHash) {
        return new VisitorIdentity(Optional.ofNullable(userId), Optional.ofNullable(userHash));
    }
}
