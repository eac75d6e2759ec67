package io.cairn.ports.in.account;

/** Use case: a visitor creates an account, an organization and its first workspace, and becomes its owner. */
public interface SignUpUseCase {

    AccountView signUp(SignUpCommand command);
}
