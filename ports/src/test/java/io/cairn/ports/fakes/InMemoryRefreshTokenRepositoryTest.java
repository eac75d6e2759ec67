package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.RefreshTokenRepository;
import io.cairn.ports.out.persistence.RefreshTokenRepositoryContract;

class InMemoryRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {

    @Override
    protected RefreshTokenRepository newRepository() {
        return new InMemoryRefreshTokenRepository();
    }
}
