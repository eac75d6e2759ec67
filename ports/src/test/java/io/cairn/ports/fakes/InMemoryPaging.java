package io.cairn.ports.fakes;

import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.error.ValidationException;
import java.util.List;
import java.util.Optional;

/** Offset-cursor paging over an already ordered list, shared by the in-memory repositories. */
final class InMemoryPaging {

    private InMemoryPaging() {}

    static <T> Page<T> page(List<T> ordered, PageRequest request) {
        int from = request.cursor().map(InMemoryPaging::offset).orElse(0);
        int to = Math.min(ordered.size(), from + request.limit());
        Optional<String> next = to < ordered.size() ? Optional.of(Integer.toString(to)) : Optional.empty();
        return new Page<>(from >= ordered.size() ? List.of() : ordered.subList(from, to), next);
    }

    private static int offset(String cursor) {
        try {
            int offset = Integer.parseInt(cursor);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // falls through: a cursor this list never handed out
        }
        throw new ValidationException("cursor", "is not a cursor this list handed out");
    }
}
