package io.cairn.adapter.out.jdbc.widget;

import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.OwnedRows;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.widget.AnswerFeedback;
import io.cairn.domain.widget.Rating;
import io.cairn.ports.out.persistence.AnswerFeedbackRepository;
import jakarta.inject.Singleton;
import java.util.List;

/** Driven adapter: stores visitors' ratings of answers in the relational database, one row per message. */
@Singleton
@TenantScoped
public class JdbcAnswerFeedbackRepository implements AnswerFeedbackRepository {

    private final AnswerFeedbackRows rows;

    JdbcAnswerFeedbackRepository(AnswerFeedbackRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(AnswerFeedback f) {
        AnswerFeedbackRow row = new AnswerFeedbackRow(
                f.messageId().value(),
                f.organizationId().value(),
                f.botId().value(),
                f.conversationId().value(),
                f.rating().wireName(),
                Keyset.stored(f.at()));
        OwnedRows.save(
                "answer feedback",
                row.messageId(),
                () -> rows.updateOwned(row.messageId(), row.organizationId(), row.rating(), row.ratedAt()),
                () -> rows.existsById(row.messageId()),
                () -> rows.save(row));
    }

    @Override
    public List<AnswerFeedback> latestByBot(OrganizationId organization, BotId bot, int limit) {
        return rows.latest(organization.value(), bot.value(), limit).stream()
                .map(r -> new AnswerFeedback(
                        new MessageId(r.messageId()),
                        new OrganizationId(r.organizationId()),
                        new BotId(r.botId()),
                        new ConversationId(r.conversationId()),
                        Rating.parse(r.rating()),
                        r.ratedAt()))
                .toList();
    }
}
