package io.cairn.adapter.out.jdbc.widget;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Micronaut Data access to {@code answer_feedback}; every query names organization_id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AnswerFeedbackRows extends GenericRepository<AnswerFeedbackRow, UUID> {

    AnswerFeedbackRow save(AnswerFeedbackRow row);

    boolean existsById(UUID messageId);

    @Query("UPDATE answer_feedback SET rating = :rating, rated_at = :ratedAt"
            + " WHERE message_id = :messageId AND organization_id = :organizationId")
    long updateOwned(UUID messageId, UUID organizationId, String rating, Instant ratedAt);

    @Query("SELECT * FROM answer_feedback WHERE organization_id = :organizationId AND bot_id = :botId"
            + " ORDER BY rated_at DESC, message_id LIMIT :limit")
    List<AnswerFeedbackRow> latest(UUID organizationId, UUID botId, int limit);
}
