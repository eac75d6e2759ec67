package io.cairn.usecase.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cairn.domain.error.ConflictException;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.tenant.Role;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.account.LogInCommand;
import io.cairn.ports.in.account.SignUpCommand;
import io.cairn.usecase.UseCaseFixture;
import org.junit.jupiter.api.Test;

class SignUpAndLogInTest {

    private static final String PASSWORD = "correct horse battery";

    private final UseCaseFixture cairn = UseCaseFixture.extractive();

    @Test
    void should_log_in_to_the_new_organization_when_the_user_just_signed_up() {
        // given
        AccountView signedUp = cairn.signUp.signUp(new SignUpCommand("ada@example.com", PASSWORD, "Acme"));
        // when
        AccountView loggedIn = cairn.logIn.logIn(new LogInCommand("ada@example.com", PASSWORD));
        // then
        assertThat(loggedIn.userId()).isEqualTo(signedUp.userId());
        assertThat(loggedIn.organization().id())
                .isEqualTo(signedUp.organization().id());
        assertThat(loggedIn.organization().name()).isEqualTo("Acme");
        assertThat(loggedIn.workspace().id()).isEqualTo(signedUp.workspace().id());
        assertThat(loggedIn.role()).isEqualTo(Role.OWNER);
    }

    @Test
    void should_log_in_when_the_email_differs_only_in_case_and_spaces() {
        // given
        cairn.signUp.signUp(new SignUpCommand("ada@example.com", PASSWORD, "Acme"));
        // when
        AccountView loggedIn = cairn.logIn.logIn(new LogInCommand("  ADA@Example.com ", PASSWORD));
        // then
        assertThat(loggedIn.email()).isEqualTo("ada@example.com");
    }

    @Test
    void should_store_only_a_hash_when_the_user_signs_up() {
        // when
        cairn.signUp.signUp(new SignUpCommand("ada@example.com", PASSWORD, "Acme"));
        // then
        assertThat(cairn.users.findByEmail("ada@example.com"))
                .hasValueSatisfying(u -> assertThat(u.passwordHash()).isNotEqualTo(PASSWORD));
    }

    @Test
    void should_refuse_with_the_same_error_when_password_is_wrong_or_email_unknown() {
        // given
        cairn.signUp.signUp(new SignUpCommand("ada@example.com", PASSWORD, "Acme"));
        // when
        Throwable wrongPassword =
                catchUnauthorized(() -> cairn.logIn.logIn(new LogInCommand("ada@example.com", "wrong password!")));
        Throwable unknownEmail =
                catchUnauthorized(() -> cairn.logIn.logIn(new LogInCommand("bob@example.com", PASSWORD)));
        // then
        assertThat(wrongPassword).hasMessage(unknownEmail.getMessage());
        assertThat(((UnauthorizedException) wrongPassword).code()).isEqualTo("invalid_credentials");
    }

    @Test
    void should_refuse_a_second_account_when_the_email_is_already_registered() {
        // given
        cairn.signUp.signUp(new SignUpCommand("ada@example.com", PASSWORD, "Acme"));
        // when / then
        assertThatThrownBy(() -> cairn.signUp.signUp(new SignUpCommand("ADA@example.com", PASSWORD, "Other")))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("email_taken"));
        assertThat(cairn.organizations.listAll()).extracting(o -> o.name()).containsExactly("Acme");
    }

    @Test
    void should_keep_the_original_password_when_a_duplicate_signup_is_refused() {
        // given
        cairn.signUp.signUp(new SignUpCommand("ada@example.com", PASSWORD, "Acme"));
        // when
        catchConflict(() -> cairn.signUp.signUp(new SignUpCommand("ada@example.com", "attacker password", "Evil")));
        // then
        assertThat(cairn.logIn
                        .logIn(new LogInCommand("ada@example.com", PASSWORD))
                        .organization()
                        .name())
                .isEqualTo("Acme");
        catchUnauthorized(() -> cairn.logIn.logIn(new LogInCommand("ada@example.com", "attacker password")));
    }

    private static Throwable catchUnauthorized(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(UnauthorizedException.class);
        return thrown;
    }

    private static void catchConflict(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(ConflictException.class);
    }
}
