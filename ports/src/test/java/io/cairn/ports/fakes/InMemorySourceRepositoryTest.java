package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.persistence.SourceRepositoryContract;

class InMemorySourceRepositoryTest extends SourceRepositoryContract {

    @Override
    protected SourceRepository newRepository() {
        return new InMemorySourceRepository();
    }
}
