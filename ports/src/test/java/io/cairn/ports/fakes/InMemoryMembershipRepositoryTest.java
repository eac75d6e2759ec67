package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.MembershipRepositoryContract;

class InMemoryMembershipRepositoryTest extends MembershipRepositoryContract {

    @Override
    protected MembershipRepository newRepository() {
        return new InMemoryMembershipRepository();
    }
}
