package io.cairn.adapter.out.jdbc.chat;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Micronaut Data access to {@code messages}, oldest first; every query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MessageRows extends GenericRepository<MessageRow, UUID> {

    MessageRow save(MessageRow row);

    boolean existsById(UUID id);

    @Query("UPDATE messages SET conversation_id = :conversationId, role = :role, content = :content,"
            + " citations = :citations, answered = :answered, answer_mode = :answerMode,"
            + " prompt_tokens = :promptTokens, completion_tokens = :completionTokens, partial = :partial,"
            + " created_at = :createdAt WHERE id = :id AND organization_id = :organizationId")
    long updateOwned(
            UUID id,
            UUID organizationId,
            UUID conversationId,
            String role,
            String content,
            String citations,
            boolean answered,
            String answerMode,
            int promptTokens,
            int completionTokens,
            boolean partial,
            Instant createdAt);

    @Query("SELECT * FROM messages WHERE organization_id = :organizationId AND conversation_id = :conversationId"
            + " ORDER BY created_at, seq")
    List<MessageRow> listByConversation(UUID organizationId, UUID conversationId);
}
