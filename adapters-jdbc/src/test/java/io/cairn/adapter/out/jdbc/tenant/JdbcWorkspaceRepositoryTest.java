package io.cairn.adapter.out.jdbc.tenant;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.persistence.WorkspaceRepositoryContract;

class JdbcWorkspaceRepositoryTest extends WorkspaceRepositoryContract {

    @Override
    protected WorkspaceRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcWorkspaceRepository.class);
    }
}
