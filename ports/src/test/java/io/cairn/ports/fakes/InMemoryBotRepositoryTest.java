package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.BotRepositoryContract;

class InMemoryBotRepositoryTest extends BotRepositoryContract {

    @Override
    protected BotRepository newRepository() {
        return new InMemoryBotRepository();
    }
}
