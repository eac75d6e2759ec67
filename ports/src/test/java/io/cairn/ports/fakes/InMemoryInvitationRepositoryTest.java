package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.InvitationRepository;
import io.cairn.ports.out.persistence.InvitationRepositoryContract;

class InMemoryInvitationRepositoryTest extends InvitationRepositoryContract {

    @Override
    protected InvitationRepository newRepository() {
        return new InMemoryInvitationRepository();
    }
}
