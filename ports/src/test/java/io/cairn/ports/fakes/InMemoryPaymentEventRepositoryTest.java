package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.PaymentEventRepository;
import io.cairn.ports.out.persistence.PaymentEventRepositoryContract;

class InMemoryPaymentEventRepositoryTest extends PaymentEventRepositoryContract {

    @Override
    protected PaymentEventRepository newRepository() {
        return new InMemoryPaymentEventRepository();
    }
}
