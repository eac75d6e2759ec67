package io.cairn.ports.out.persistence;

import io.cairn.domain.tenant.OrganizationId;
import java.util.Map;

/**
 * Driven port: erases a tenant from the relational store in one transaction: every row that carries its
 * organization id, its queued jobs, the organization itself, and member accounts left in no organization.
 */
public interface TenantErasurePort {

    /** Rows removed, by table; a tenant erased twice removes nothing the second time. */
    Map<String, Long> erase(OrganizationId organization);
}
