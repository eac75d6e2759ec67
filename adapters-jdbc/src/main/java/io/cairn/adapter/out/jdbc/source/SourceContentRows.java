package io.cairn.adapter.out.jdbc.source;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code source_contents}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SourceContentRows extends GenericRepository<SourceContentRow, SourceContentKey> {

    SourceContentRow save(SourceContentRow row);

    Optional<SourceContentRow> findById(SourceContentKey key);

    @Query("UPDATE source_contents SET file_name = :fileName, media_type = :mediaType, content = :content"
            + " WHERE organization_id = :organizationId AND source_id = :sourceId")
    long updateOwned(UUID organizationId, UUID sourceId, String fileName, String mediaType, byte[] content);

    @Query("DELETE FROM source_contents WHERE organization_id = :organizationId AND source_id = :sourceId")
    long deleteOwned(UUID organizationId, UUID sourceId);
}
