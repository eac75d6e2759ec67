package io.cairn.adapter.out.jdbc.source;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.persistence.SourceRepositoryContract;

class JdbcSourceRepositoryTest extends SourceRepositoryContract {

    @Override
    protected SourceRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcSourceRepository.class);
    }
}
