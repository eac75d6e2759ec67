package io.cairn.adapter.in.http.member;

import io.cairn.adapter.in.http.auth.AuthResponse;
import io.cairn.adapter.in.http.security.TokenIssuer;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Roles;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.member.InviteMemberUseCase;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Driving adapter: owners and admins invite people; the invitee redeems the link once and is signed in. */
@Controller("/api/v1/invitations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class InvitationController {

    private final InviteMemberUseCase invitations;
    private final TokenIssuer tokens;

    public InvitationController(InviteMemberUseCase invitations, TokenIssuer tokens) {
        this.invitations = invitations;
        this.tokens = tokens;
    }

    @Post
    @Status(HttpStatus.CREATED)
    public InvitationResponse invite(Actor actor, @Body InvitationRequest body) {
        return InvitationResponse.from(invitations.invite(actor, body.email(), Roles.parse(body.role())));
    }

    /** Joins the inviting organization and answers like a log-in into it. */
    @Post("/accept")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public AuthResponse accept(@Body AcceptInvitationRequest body) {
        AccountView account = invitations.accept(body.token(), body.password());
        return AuthResponse.from(tokens.issue(account), account);
    }
}
