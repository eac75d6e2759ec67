package io.cairn.adapter.out.jdbc.billing;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.PaymentEventRepository;
import io.cairn.ports.out.persistence.PaymentEventRepositoryContract;

class JdbcPaymentEventRepositoryTest extends PaymentEventRepositoryContract {

    @Override
    protected PaymentEventRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcPaymentEventRepository.class);
    }
}
