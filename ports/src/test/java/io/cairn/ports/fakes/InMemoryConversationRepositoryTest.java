package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.persistence.ConversationRepositoryContract;

class InMemoryConversationRepositoryTest extends ConversationRepositoryContract {

    @Override
    protected ConversationRepository newRepository() {
        return new InMemoryConversationRepository();
    }
}
