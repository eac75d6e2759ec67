package io.cairn.ports.in.account;

import io.cairn.domain.common.Text;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.User;
import java.util.ArrayList;
import java.util.List;

/** A new user with a new organization. Passwords need at least 12 characters. */
public record SignUpCommand(String email, String password, String organizationName) {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final ValidationException.FieldError PASSWORD_ERROR = new ValidationException.FieldError(
            "password", "must be between " + MIN_PASSWORD_LENGTH + " and 256 characters");

    public SignUpCommand {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (!isValidEmail(email)) {
            errors.add(new ValidationException.FieldError("email", "must be a valid e-mail address"));
        }
        if (!isValidPassword(password)) {
            errors.add(PASSWORD_ERROR);
        }
        if (Text.isBlank(organizationName) || organizationName.length() > 200) {
            errors.add(new ValidationException.FieldError("organizationName", "must be 1 to 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        email = User.Email.normalise(email);
        organizationName = organizationName.strip();
    }

    public static boolean isValidEmail(String email) {
        return !Text.isBlank(email) && email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && email.length() <= 254;
    }

    private static boolean isValidPassword(String password) {
        return password != null && password.length() >= MIN_PASSWORD_LENGTH && password.length() <= 256;
    }

    /** The password rule on its own, for accounts created other than by sign-up. */
    public static void requireValidPassword(String password) {
        if (!isValidPassword(password)) {
            throw new ValidationException(java.util.List.of(PASSWORD_ERROR));
        }
    }

    @Override
    public String toString() {
        return "SignUpCommand[email=" + email + ", organizationName=" + organizationName + "]";
    }
}
