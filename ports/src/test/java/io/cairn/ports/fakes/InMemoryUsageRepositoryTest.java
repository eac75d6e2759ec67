package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.UsageRepository;
import io.cairn.ports.out.persistence.UsageRepositoryContract;

class InMemoryUsageRepositoryTest extends UsageRepositoryContract {

    @Override
    protected UsageRepository newRepository() {
        return new InMemoryUsageRepository();
    }
}
