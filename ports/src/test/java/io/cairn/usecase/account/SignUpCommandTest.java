package io.cairn.usecase.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.error.ValidationException;
import io.cairn.domain.error.ValidationException.FieldError;
import io.cairn.ports.in.account.SignUpCommand;
import org.junit.jupiter.api.Test;

class SignUpCommandTest {

    @Test
    void should_reject_the_password_with_a_field_error_when_it_is_shorter_than_twelve_characters() {
        // when / then
        assertThatThrownBy(() -> new SignUpCommand("ada@example.com", "short-pw", "Acme"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("password"));
    }

    @Test
    void should_reject_the_email_with_a_field_error_when_it_is_not_an_address() {
        // when / then
        for (String bad : new String[] {"ada", "ada@", "ada@example", "ada @example.com", "", "a@b@c.com"}) {
            assertThatThrownBy(() -> new SignUpCommand(bad, "a long enough password", "Acme"))
                    .as(bad)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field)
                            .containsExactly("email"));
        }
    }

    @Test
    void should_report_every_offending_field_at_once_when_several_are_wrong() {
        // when / then
        assertThatThrownBy(() -> new SignUpCommand("not-an-email", "short", " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("validation_failed");
                    assertThat(e.errors())
                            .extracting(FieldError::field)
                            .containsExactlyInAnyOrder("email", "password", "organizationName");
                });
    }

    @Test
    void should_normalise_the_email_when_it_has_capitals_and_spaces() {
        // when
        var command = new SignUpCommand("  Ada@Example.COM ", "a long enough password", " Acme ");
        // then
        assertThat(command.email()).isEqualTo("ada@example.com");
        assertThat(command.organizationName()).isEqualTo("Acme");
    }

    @Test
    void should_keep_the_password_out_of_logs_when_printed() {
        // when
        String printed = new SignUpCommand("ada@example.com", "a long enough password", "Acme").toString();
        // then
        assertThat(printed).contains("ada@example.com").doesNotContain("a long enough password");
    }
}
