package io.cairn.adapter.out.jdbc.source;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.DocumentRepository;
import io.cairn.ports.out.persistence.DocumentRepositoryContract;

class JdbcDocumentRepositoryTest extends DocumentRepositoryContract {

    @Override
    protected DocumentRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcDocumentRepository.class);
    }
}
