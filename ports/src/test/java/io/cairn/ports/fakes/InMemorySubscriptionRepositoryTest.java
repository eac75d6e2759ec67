package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.SubscriptionRepository;
import io.cairn.ports.out.persistence.SubscriptionRepositoryContract;

class InMemorySubscriptionRepositoryTest extends SubscriptionRepositoryContract {

    @Override
    protected SubscriptionRepository newRepository() {
        return new InMemorySubscriptionRepository();
    }
}
