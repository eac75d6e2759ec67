package io.cairn.adapter.out.jdbc.widget;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code answer_feedback}. */
@MappedEntity("answer_feedback")
record AnswerFeedbackRow(
        @Id UUID messageId, UUID organizationId, UUID botId, UUID conversationId, String rating, Instant ratedAt) {}
