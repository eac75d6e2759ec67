package io.cairn.adapter.out.jdbc.bot;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.BotRepositoryContract;

class JdbcBotRepositoryTest extends BotRepositoryContract {

    @Override
    protected BotRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcBotRepository.class);
    }
}
