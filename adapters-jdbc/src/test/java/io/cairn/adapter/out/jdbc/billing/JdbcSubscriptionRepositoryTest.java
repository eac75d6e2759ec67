package io.cairn.adapter.out.jdbc.billing;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.SubscriptionRepository;
import io.cairn.ports.out.persistence.SubscriptionRepositoryContract;

class JdbcSubscriptionRepositoryTest extends SubscriptionRepositoryContract {

    @Override
    protected SubscriptionRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcSubscriptionRepository.class);
    }
}
