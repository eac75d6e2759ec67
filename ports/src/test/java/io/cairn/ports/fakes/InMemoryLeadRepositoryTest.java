package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.LeadRepository;
import io.cairn.ports.out.persistence.LeadRepositoryContract;

class InMemoryLeadRepositoryTest extends LeadRepositoryContract {

    @Override
    protected LeadRepository newRepository() {
        return new InMemoryLeadRepository();
    }
}
