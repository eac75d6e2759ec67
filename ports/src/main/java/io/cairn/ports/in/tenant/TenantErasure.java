package io.cairn.ports.in.tenant;

import io.cairn.domain.tenant.Organization;
import java.util.Map;

/** What deleting a tenant removed: indexed chunks, and relational rows by table. */
public record TenantErasure(Organization organization, long chunks, Map<String, Long> rows) {

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
