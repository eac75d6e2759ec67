package io.cairn.domain.tenant;

import io.cairn.domain.error.ValidationException;
import java.util.Locale;

/** Roles as they appear on the wire: lower-case names. */
public final class Roles {

    private Roles() {}

    public static String wireName(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        try {
            return Role.valueOf(String.valueOf(text).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("role", "must be one of owner, admin, editor, viewer");
        }
    }
}
