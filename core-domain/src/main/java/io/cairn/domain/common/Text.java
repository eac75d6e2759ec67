package io.cairn.domain.common;

import io.cairn.domain.error.ValidationException;

/** Small checks on text input, shared by the records that validate themselves. */
public final class Text {

    private Text() {}

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public static String required(String value, String field, int maxLength) {
        if (isBlank(value)) {
            throw new ValidationException(field, "must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new ValidationException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    public static String orDefault(String value, String fallback) {
        return isBlank(value) ? fallback : value.strip();
    }
}
