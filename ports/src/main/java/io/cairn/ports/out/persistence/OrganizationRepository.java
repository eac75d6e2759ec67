package io.cairn.ports.out.persistence;

import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;
import java.util.Optional;

/** Driven port: stores organizations (tenants). */
public interface OrganizationRepository {

    void save(Organization organization);

    Optional<Organization> findById(OrganizationId id);

    List<Organization> listAll();
}
