package io.cairn.adapter.out.jdbc.support;

import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns the rows of a keyset query (fetched with one extra row) into a page and the cursor of the next one. */
public final class Keyset {

    private Keyset() {}

    /** How many rows to fetch: one more than asked, to learn whether another page follows. */
    public static int fetchSize(PageRequest request) {
        return request.limit() + 1;
    }

    public static <R, T> Page<T> page(
            List<R> fetched, PageRequest request, Function<R, KeysetCursor> keyOf, Function<R, T> toDomain) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched.stream().map(toDomain).toList(), Optional.empty());
        }
        List<R> rows = fetched.subList(0, request.limit());
        String next = keyOf.apply(rows.get(rows.size() - 1)).encode();
        return new Page<>(rows.stream().map(toDomain).toList(), Optional.of(next));
    }

    /** Both databases keep microseconds; truncating before writing makes a stored instant read back equal. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
