package io.cairn.adapter.in.http.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.common.Page;
import io.cairn.domain.source.Source;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of sources; {@code nextCursor} is null on the last page. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SourcePageResponse(List<SourceResponse> items, String nextCursor) {

    static SourcePageResponse from(Page<Source> page) {
        return new SourcePageResponse(
                page.items().stream().map(SourceResponse::from).toList(),
                page.nextCursor().orElse(null));
    }
}
