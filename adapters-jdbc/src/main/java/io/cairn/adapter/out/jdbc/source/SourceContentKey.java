package io.cairn.adapter.out.jdbc.source;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import java.util.UUID;

/** The composite key of {@code source_contents}: the tenant is part of the key, not just a filter. */
@Embeddable
record SourceContentKey(
        @MappedProperty("organization_id") UUID organizationId, @MappedProperty("source_id") UUID sourceId) {}
