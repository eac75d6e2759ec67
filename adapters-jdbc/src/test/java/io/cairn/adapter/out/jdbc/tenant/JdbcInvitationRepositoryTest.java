package io.cairn.adapter.out.jdbc.tenant;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.InvitationRepository;
import io.cairn.ports.out.persistence.InvitationRepositoryContract;

class JdbcInvitationRepositoryTest extends InvitationRepositoryContract {

    @Override
    protected InvitationRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcInvitationRepository.class);
    }
}
