package io.cairn.adapter.out.jdbc.session;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.RefreshTokenRepository;
import io.cairn.ports.out.persistence.RefreshTokenRepositoryContract;

class JdbcRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {

    @Override
    protected RefreshTokenRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcRefreshTokenRepository.class);
    }
}
