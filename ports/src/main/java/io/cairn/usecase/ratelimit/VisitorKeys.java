package io.cairn.usecase.ratelimit;

import io.cairn.domain.tenant.Actor;
import java.util.Optional;

/** Names a visitor for the per-visitor limit: a proven user id when there is one, the client's address otherwise. */
public final class VisitorKeys {

    private VisitorKeys() {}

    public static String of(Optional<String> verifiedUserId, String clientAddress) {
        return verifiedUserId.map(id -> "user:" + id).orElseGet(() -> "ip:" + clientAddress);
    }

    public static String of(Actor actor, String clientAddress) {
        return of(actor.userId().map(Object::toString), clientAddress);
    }
}
