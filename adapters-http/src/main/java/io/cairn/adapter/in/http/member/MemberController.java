package io.cairn.adapter.in.http.member;

import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Roles;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.in.member.ManageMembersUseCase;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/** Driving adapter: the members of the caller's organization, their roles, and their removal. */
@Controller("/api/v1/members")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MemberController {

    private final ManageMembersUseCase members;

    public MemberController(ManageMembersUseCase members) {
        this.members = members;
    }

    @Get
    public List<MemberResponse> list(Actor actor) {
        return members.list(actor).stream().map(MemberResponse::from).toList();
    }

    @Patch("/{userId}")
    public MemberResponse changeRole(Actor actor, String userId, @Body RoleRequest body) {
        return MemberResponse.from(members.changeRole(actor, UserId.parse(userId), Roles.parse(body.role())));
    }

    @Delete("/{userId}")
    @Status(HttpStatus.NO_CONTENT)
    public void remove(Actor actor, String userId) {
        members.remove(actor, UserId.parse(userId));
    }
}
