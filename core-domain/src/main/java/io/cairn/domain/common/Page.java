package io.cairn.domain.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list and the cursor of the next page, if there is one. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
        nextCursor = nextCursor == null ? Optional.empty() : nextCursor;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }

    /** Every item of a paged list, read page by page at the largest page size, for whole-tenant operations. */
    public static <T> List<T> all(Function<PageRequest, Page<T>> list) {
        List<T> items = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<T> page = list.apply(request);
            items.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return items;
            }
            request = new PageRequest(PageRequest.MAX_LIMIT, page.nextCursor());
        }
    }
}
