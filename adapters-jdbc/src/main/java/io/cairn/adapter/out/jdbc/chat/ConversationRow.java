package io.cairn.adapter.out.jdbc.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code conversations}; {@code visitorUserId} is null unless a widget visitor proved one. */
@MappedEntity("conversations")
record ConversationRow(
        @Id UUID id, UUID organizationId, UUID botId, @Nullable String visitorUserId, Instant createdAt) {}
