package io.cairn.ports.out.persistence;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.widget.AnswerFeedback;
import java.util.List;

/** Driven port: stores visitors' ratings of answers, one per message; every call names the tenant. */
public interface AnswerFeedbackRepository {

    /** Stores the rating, replacing an earlier rating of the same message. */
    void save(AnswerFeedback feedback);

    /** A bot's latest ratings, newest first. */
    List<AnswerFeedback> latestByBot(OrganizationId organization, BotId bot, int limit);
}
