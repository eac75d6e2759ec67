package io.cairn.adapter.in.http.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of an acceptance: the link's token and the invitee's password (a new one for a new account). */
@Serdeable
public record AcceptInvitationRequest(@Nullable String token, @Nullable String password) {

    @Override
    public String toString() {
        return "AcceptInvitationRequest[…]";
    }
}
