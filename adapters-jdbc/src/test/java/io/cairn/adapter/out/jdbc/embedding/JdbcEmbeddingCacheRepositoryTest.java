package io.cairn.adapter.out.jdbc.embedding;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.embedding.EmbeddingCacheRepository;
import io.cairn.ports.out.embedding.EmbeddingCacheRepositoryContract;

class JdbcEmbeddingCacheRepositoryTest extends EmbeddingCacheRepositoryContract {

    @Override
    protected EmbeddingCacheRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcEmbeddingCacheRepository.class);
    }
}
