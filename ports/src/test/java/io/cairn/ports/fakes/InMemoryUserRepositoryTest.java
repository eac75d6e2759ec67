package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.UserRepository;
import io.cairn.ports.out.persistence.UserRepositoryContract;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected UserRepository newRepository() {
        return new InMemoryUserRepository();
    }
}
