package io.cairn.adapter.out.jdbc.chat;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code conversations}, listed newest first; every query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConversationRows extends GenericRepository<ConversationRow, UUID> {

    ConversationRow save(ConversationRow row);

    boolean existsById(UUID id);

    Optional<ConversationRow> findByIdAndOrganizationId(UUID id, UUID organizationId);

    @Query("UPDATE conversations SET bot_id = :botId, created_at = :createdAt"
            + " WHERE id = :id AND organization_id = :organizationId")
    long updateOwned(UUID id, UUID organizationId, UUID botId, Instant createdAt);

    @Query("SELECT * FROM conversations WHERE organization_id = :organizationId AND bot_id = :botId"
            + " ORDER BY created_at DESC, id DESC LIMIT :limit")
    List<ConversationRow> firstPage(UUID organizationId, UUID botId, int limit);

    @Query("SELECT * FROM conversations WHERE organization_id = :organizationId AND bot_id = :botId"
            + " AND (created_at < :createdAt OR (created_at = :createdAt AND id < :id))"
            + " ORDER BY created_at DESC, id DESC LIMIT :limit")
    List<ConversationRow> pageBefore(UUID organizationId, UUID botId, Instant createdAt, UUID id, int limit);
}
