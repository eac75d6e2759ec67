package io.cairn.ports.in.account;

import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.tenant.User;

/** E-mail and password of a returning user. */
public record LogInCommand(String email, String password) {

    public LogInCommand {
        if (email == null || password == null) {
            throw new UnauthorizedException();
        }
        email = User.Email.normalise(email);
    }

    @Override
    public String toString() {
        return "LogInCommand[email=" + email + "]";
    }
}
