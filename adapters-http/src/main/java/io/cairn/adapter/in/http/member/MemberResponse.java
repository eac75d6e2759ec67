package io.cairn.adapter.in.http.member;

import io.cairn.domain.tenant.Roles;
import io.cairn.ports.in.member.MemberView;
import io.micronaut.serde.annotation.Serdeable;

/** A member as the API shows it. */
@Serdeable
public record MemberResponse(String userId, String email, String role) {

    static MemberResponse from(MemberView view) {
        return new MemberResponse(view.userId().toString(), view.email(), Roles.wireName(view.role()));
    }
}
