package io.cairn.adapter.out.jdbc.source;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code source_contents}: the uploaded bytes of one source, keyed by tenant and source. */
@MappedEntity("source_contents")
record SourceContentRow(@EmbeddedId SourceContentKey key, String fileName, String mediaType, byte[] content) {}
