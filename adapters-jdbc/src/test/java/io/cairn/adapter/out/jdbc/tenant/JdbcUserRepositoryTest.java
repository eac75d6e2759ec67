package io.cairn.adapter.out.jdbc.tenant;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.UserRepository;
import io.cairn.ports.out.persistence.UserRepositoryContract;

class JdbcUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected UserRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcUserRepository.class);
    }
}
