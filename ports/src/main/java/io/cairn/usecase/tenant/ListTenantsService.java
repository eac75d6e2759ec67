package io.cairn.usecase.tenant;

import io.cairn.domain.tenant.Organization;
import io.cairn.ports.in.tenant.ListTenantsUseCase;
import io.cairn.ports.out.persistence.OrganizationRepository;
import java.util.Comparator;
import java.util.List;

/** Lists every organization, oldest first. */
public final class ListTenantsService implements ListTenantsUseCase {

    private final OrganizationRepository organizations;

    public ListTenantsService(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    public List<Organization> list() {
        return organizations.listAll().stream()
                .sorted(Comparator.comparing(Organization::createdAt))
                .toList();
    }
}
