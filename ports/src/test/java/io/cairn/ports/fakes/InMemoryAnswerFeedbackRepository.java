package io.cairn.ports.fakes;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.widget.AnswerFeedback;
import io.cairn.ports.out.persistence.AnswerFeedbackRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory answer ratings for service tests. */
public class InMemoryAnswerFeedbackRepository implements AnswerFeedbackRepository {

    private final Map<MessageId, AnswerFeedback> rows = new ConcurrentHashMap<>();

    @Override
    public void save(AnswerFeedback feedback) {
        rows.put(feedback.messageId(), feedback);
    }

    @Override
    public List<AnswerFeedback> latestByBot(OrganizationId organization, BotId bot, int limit) {
        return rows.values().stream()
                .filter(f ->
                        f.organizationId().equals(organization) && f.botId().equals(bot))
                .sorted(Comparator.comparing(AnswerFeedback::at).reversed())
                .limit(limit)
                .toList();
    }
}
