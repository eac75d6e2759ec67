package io.cairn.ports.fakes;

import io.cairn.ports.out.embedding.EmbeddingCacheRepository;
import io.cairn.ports.out.embedding.EmbeddingCacheRepositoryContract;

class InMemoryEmbeddingCacheRepositoryTest extends EmbeddingCacheRepositoryContract {

    @Override
    protected EmbeddingCacheRepository newRepository() {
        return new InMemoryEmbeddingCacheRepository();
    }
}
