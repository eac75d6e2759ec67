package io.cairn.adapter.out.jdbc.source;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.SourceContentRepositoryContract;

class JdbcSourceContentRepositoryTest extends SourceContentRepositoryContract {

    @Override
    protected SourceContentRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcSourceContentRepository.class);
    }
}
