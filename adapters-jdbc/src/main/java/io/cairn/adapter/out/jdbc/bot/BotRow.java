package io.cairn.adapter.out.jdbc.bot;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code bots}; the settings column holds {@link BotSettingsJson} text. */
@MappedEntity("bots")
record BotRow(
        @Id UUID id,
        UUID organizationId,
        UUID workspaceId,
        String name,
        String publicKey,
        String identitySecret,
        String settings,
        Instant createdAt) {}
