package io.cairn.adapter.out.jdbc.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code audit_log}. */
@MappedEntity("audit_log")
record AuditRow(
        @Id UUID id,
        UUID organizationId,
        @Nullable UUID actorUserId,
        String action,
        String resource,
        int status,
        String ip,
        Instant at) {}
