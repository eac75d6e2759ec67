package io.cairn.ports.in.tenant;

import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;

/** Use case: an operator suspends, resumes or deletes a tenant; a deletion leaves nothing of it behind. */
public interface ManageTenantUseCase {

    Organization suspend(OrganizationId organization);

    Organization resume(OrganizationId organization);

    /** Removes every chunk, vector, row and stored file of the tenant, and says how much. */
    TenantErasure delete(OrganizationId organization);
}
