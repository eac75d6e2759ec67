package io.cairn.ports.fakes;

import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.OrganizationRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory organizations for service tests. */
public class InMemoryOrganizationRepository implements OrganizationRepository {

    private final Map<OrganizationId, Organization> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Organization organization) {
        rows.put(organization.id(), organization);
    }

    @Override
    public Optional<Organization> findById(OrganizationId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<Organization> listAll() {
        return new ArrayList<>(rows.values());
    }
}
