package io.cairn.adapter.in.http.member;

import io.cairn.domain.tenant.Roles;
import io.cairn.ports.in.member.IssuedInvitation;
import io.micronaut.serde.annotation.Serdeable;

/** A new invitation: the token appears in this answer only, ready to be sent as a link. */
@Serdeable
public record InvitationResponse(String id, String email, String role, String expiresAt, String token) {

    static InvitationResponse from(IssuedInvitation issued) {
        var i = issued.invitation();
        return new InvitationResponse(
                i.id().toString(),
                i.email(),
                Roles.wireName(i.role()),
                i.expiresAt().toString(),
                issued.token());
    }

    @Override
    public String toString() {
        return "InvitationResponse[id=" + id + ", email=" + email + "]";
    }
}
