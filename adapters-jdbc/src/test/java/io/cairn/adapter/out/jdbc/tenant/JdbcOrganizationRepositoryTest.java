package io.cairn.adapter.out.jdbc.tenant;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.OrganizationRepositoryContract;

class JdbcOrganizationRepositoryTest extends OrganizationRepositoryContract {

    @Override
    protected OrganizationRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcOrganizationRepository.class);
    }
}
