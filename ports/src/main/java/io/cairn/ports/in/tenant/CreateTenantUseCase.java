package io.cairn.ports.in.tenant;

import io.cairn.domain.tenant.Organization;

/** Use case: an operator creates an organization with its default workspace and no members yet. */
public interface CreateTenantUseCase {

    Organization create(String name);
}
