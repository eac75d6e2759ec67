package io.cairn.adapter.out.jdbc.chat;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.MessageRepository;
import io.cairn.ports.out.persistence.MessageRepositoryContract;

class JdbcMessageRepositoryTest extends MessageRepositoryContract {

    @Override
    protected MessageRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcMessageRepository.class);
    }
}
