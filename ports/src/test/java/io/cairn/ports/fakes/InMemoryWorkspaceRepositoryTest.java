package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.persistence.WorkspaceRepositoryContract;

class InMemoryWorkspaceRepositoryTest extends WorkspaceRepositoryContract {

    @Override
    protected WorkspaceRepository newRepository() {
        return new InMemoryWorkspaceRepository();
    }
}
