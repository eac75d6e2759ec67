package io.cairn.ports.in.account;

/** Use case: a user proves who they are with e-mail and password. */
public interface LogInUseCase {

    AccountView logIn(LogInCommand command);
}
