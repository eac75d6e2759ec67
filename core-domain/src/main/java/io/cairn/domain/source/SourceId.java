package io.cairn.domain.source;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies a source. */
public record SourceId(UUID value) {

    public SourceId {
        Ids.require(value, "source");
    }

    public static SourceId random() {
        return new SourceId(UUID.randomUUID());
    }

    public static SourceId parse(String text) {
        return new SourceId(Ids.parse("source", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
