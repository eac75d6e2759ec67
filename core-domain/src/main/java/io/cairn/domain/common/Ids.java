package io.cairn.domain.common;

import io.cairn.domain.error.NotFoundException;
import java.util.Objects;
import java.util.UUID;

/** Parsing and checking shared by the typed identifiers. */
public final class Ids {

    private Ids() {}

    /** Parses an id that came from outside; a malformed one is simply not found. */
    public static UUID parse(String kind, String text) {
        try {
            return UUID.fromString(Objects.requireNonNull(text, kind + " id").trim());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(kind, text);
        }
    }

    public static UUID require(UUID value, String kind) {
        return Objects.requireNonNull(value, kind + " id must not be null");
    }
}
