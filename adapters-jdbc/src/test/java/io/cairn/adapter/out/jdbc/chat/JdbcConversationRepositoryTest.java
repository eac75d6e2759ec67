package io.cairn.adapter.out.jdbc.chat;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.persistence.ConversationRepositoryContract;

class JdbcConversationRepositoryTest extends ConversationRepositoryContract {

    @Override
    protected ConversationRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcConversationRepository.class);
    }
}
