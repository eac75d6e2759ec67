package io.cairn.adapter.in.http.audit;

import io.cairn.domain.audit.AuditEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One audit entry as the API shows it; {@code actorUserId} is null when an API key acted. */
@Serdeable
public record AuditEntryResponse(
        String at, @Nullable String actorUserId, String action, String resource, int status, String ip) {

    static AuditEntryResponse from(AuditEntry e) {
        return new AuditEntryResponse(
                e.at().toString(),
                e.actor().map(Object::toString).orElse(null),
                e.action(),
                e.resource(),
                e.status(),
                e.ip());
    }
}
