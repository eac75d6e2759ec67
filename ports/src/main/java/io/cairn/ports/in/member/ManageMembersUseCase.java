package io.cairn.ports.in.member;

import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import java.util.List;

/** Use case: list an organization's members, change their roles, remove them; the last owner always stays. */
public interface ManageMembersUseCase {

    List<MemberView> list(Actor actor);

    MemberView changeRole(Actor actor, UserId member, Role role);

    void remove(Actor actor, UserId member);
}
