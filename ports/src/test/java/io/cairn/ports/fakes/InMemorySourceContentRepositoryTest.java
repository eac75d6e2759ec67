package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.SourceContentRepositoryContract;

class InMemorySourceContentRepositoryTest extends SourceContentRepositoryContract {

    @Override
    protected SourceContentRepository newRepository() {
        return new InMemorySourceContentRepository();
    }
}
