package io.cairn.domain.common;

import io.cairn.domain.error.ValidationException;
import java.util.Optional;

/** A page of a list: at most {@code limit} items after the opaque {@code cursor}. */
public record PageRequest(int limit, Optional<String> cursor) {

    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        cursor = cursor == null ? Optional.empty() : cursor.filter(c -> !c.isBlank());
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }
}
