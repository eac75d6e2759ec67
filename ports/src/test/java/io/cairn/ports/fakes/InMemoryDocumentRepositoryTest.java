package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.DocumentRepository;
import io.cairn.ports.out.persistence.DocumentRepositoryContract;

class InMemoryDocumentRepositoryTest extends DocumentRepositoryContract {

    @Override
    protected DocumentRepository newRepository() {
        return new InMemoryDocumentRepository();
    }
}
