package io.cairn.adapter.out.jdbc.widget;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.LeadRepository;
import io.cairn.ports.out.persistence.LeadRepositoryContract;

class JdbcLeadRepositoryTest extends LeadRepositoryContract {

    @Override
    protected LeadRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcLeadRepository.class);
    }
}
