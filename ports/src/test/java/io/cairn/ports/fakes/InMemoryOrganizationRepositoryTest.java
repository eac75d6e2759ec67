package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.OrganizationRepositoryContract;

class InMemoryOrganizationRepositoryTest extends OrganizationRepositoryContract {

    @Override
    protected OrganizationRepository newRepository() {
        return new InMemoryOrganizationRepository();
    }
}
