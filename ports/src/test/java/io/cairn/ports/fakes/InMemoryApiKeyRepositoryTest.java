package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.ApiKeyRepository;
import io.cairn.ports.out.persistence.ApiKeyRepositoryContract;

class InMemoryApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    @Override
    protected ApiKeyRepository newRepository() {
        return new InMemoryApiKeyRepository();
    }
}
