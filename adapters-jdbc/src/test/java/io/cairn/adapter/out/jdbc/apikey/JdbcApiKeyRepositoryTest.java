package io.cairn.adapter.out.jdbc.apikey;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.ApiKeyRepository;
import io.cairn.ports.out.persistence.ApiKeyRepositoryContract;

class JdbcApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    @Override
    protected ApiKeyRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcApiKeyRepository.class);
    }
}
