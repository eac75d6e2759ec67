package io.cairn.adapter.out.jdbc.widget;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code leads}. */
@MappedEntity("leads")
record LeadRow(
        @Id UUID id,
        UUID organizationId,
        UUID botId,
        @Nullable UUID conversationId,
        String name,
        String email,
        Instant createdAt) {}
