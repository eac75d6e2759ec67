package io.cairn.adapter.out.jdbc.chat;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code conversations}. */
@MappedEntity("conversations")
record ConversationRow(@Id UUID id, UUID organizationId, UUID botId, Instant createdAt) {}
