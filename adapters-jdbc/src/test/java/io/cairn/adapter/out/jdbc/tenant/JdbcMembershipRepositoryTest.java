package io.cairn.adapter.out.jdbc.tenant;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.MembershipRepositoryContract;

class JdbcMembershipRepositoryTest extends MembershipRepositoryContract {

    @Override
    protected MembershipRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcMembershipRepository.class);
    }
}
