package io.cairn.domain.bot;

import io.cairn.domain.error.ValidationException;
import java.util.regex.Pattern;

/** The widget's colour and corner. */
public record Theme(String primaryColor, String position) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Theme {
        primaryColor = primaryColor == null ? "#2f6f4f" : primaryColor.strip();
        position = position == null ? "right" : position.strip();
        if (!COLOR.matcher(primaryColor).matches()) {
            throw new ValidationException("theme.primaryColor", "must look like #12ab34");
        }
        if (!position.equals("left") && !position.equals("right")) {
            throw new ValidationException("theme.position", "must be left or right");
        }
    }

    public static Theme defaults() {
        return new Theme(null, null);
    }
}
