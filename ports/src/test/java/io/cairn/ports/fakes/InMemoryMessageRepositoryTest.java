package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.MessageRepository;
import io.cairn.ports.out.persistence.MessageRepositoryContract;

class InMemoryMessageRepositoryTest extends MessageRepositoryContract {

    @Override
    protected MessageRepository newRepository() {
        return new InMemoryMessageRepository();
    }
}
