package io.cairn.adapter.in.http.auth;

import io.cairn.adapter.in.http.security.TokenIssuer;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.account.FindAccountUseCase;
import io.cairn.ports.in.account.LogInCommand;
import io.cairn.ports.in.account.LogInUseCase;
import io.cairn.ports.in.account.SignUpCommand;
import io.cairn.ports.in.account.SignUpUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;

/** Driving adapter: sign-up, log-in, token refresh and log-out, and the signed-in user's account ({@code /me}). */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuthController {

    private final SignUpUseCase signUp;
    private final LogInUseCase logIn;
    private final FindAccountUseCase findAccount;
    private final TokenIssuer tokens;

    public AuthController(
            SignUpUseCase signUp, LogInUseCase logIn, FindAccountUseCase findAccount, TokenIssuer tokens) {
        this.signUp = signUp;
        this.logIn = logIn;
        this.findAccount = findAccount;
        this.tokens = tokens;
    }

    @Post("/auth/signup")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    public AuthResponse signUp(@Body SignUpRequest body) {
        return respond(signUp.signUp(new SignUpCommand(body.email(), body.password(), body.organizationName())));
    }

    @Post("/auth/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public AuthResponse logIn(@Body LogInRequest body) {
        return respond(logIn.logIn(new LogInCommand(body.email(), body.password())));
    }

    /**
     * Trades a refresh token for a new pair, with the role the membership has now. The token is spent: presenting
     * it again revokes its whole family.
     */
    @Post("/auth/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public AuthResponse refresh(@Body RefreshRequest body) {
        if (body.refreshToken() == null || body.refreshToken().isBlank()) {
            throw new AuthorizationException(null);
        }
        TokenIssuer.IssuedSession session;
        try {
            session = tokens.refresh(body.refreshToken());
        } catch (UnauthorizedException e) {
            // Spent, revoked, expired or the membership is gone: the session ends, without saying why.
            throw new AuthorizationException(null);
        }
        return AuthResponse.from(session.tokens(), session.account());
    }

    /** Ends the session of the access token used, and that of the refresh token sent, if any. */
    @Post("/auth/logout")
    @Status(HttpStatus.NO_CONTENT)
    public void logOut(Actor actor, Authentication authentication, @Nullable @Body LogOutRequest body) {
        tokens.revoke(actor, authentication, Optional.ofNullable(body).map(LogOutRequest::refreshToken));
    }

    @Get("/me")
    public AccountResponse me(Actor actor) {
        return AccountResponse.from(findAccount.find(
                actor.userId().orElseThrow(() -> new AuthorizationException(null)), actor.organizationId()));
    }

    private AuthResponse respond(AccountView account) {
        return AuthResponse.from(tokens.issue(account), account);
    }
}
