package io.cairn.domain.widget;

import io.cairn.domain.error.ValidationException;
import java.util.Locale;

/** A visitor's verdict on one answer: thumbs up or thumbs down. */
public enum Rating {
    UP,
    DOWN;

    public static Rating parse(String text) {
        if (text != null) {
            for (Rating rating : values()) {
                if (rating.name().equalsIgnoreCase(text.strip())) {
                    return rating;
                }
            }
        }
        throw new ValidationException("rating", "must be up or down");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
