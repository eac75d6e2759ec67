package io.cairn.usecase.widget;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.widget.AnswerFeedback;
import io.cairn.domain.widget.Lead;
import io.cairn.ports.in.widget.FindVisitorResponsesUseCase;
import io.cairn.ports.out.persistence.AnswerFeedbackRepository;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.LeadRepository;
import io.cairn.usecase.bot.TenantBots;
import java.util.List;

/** Reads a bot's visitor ratings and leads inside the actor's tenant; leads, being personal data, for managers only. */
public final class FindVisitorResponsesService implements FindVisitorResponsesUseCase {

    private static final int MAX_LIMIT = 500;

    private final TenantBots bots;
    private final AnswerFeedbackRepository feedback;
    private final LeadRepository leads;

    public FindVisitorResponsesService(BotRepository bots, AnswerFeedbackRepository feedback, LeadRepository leads) {
        this.bots = new TenantBots(bots);
        this.feedback = feedback;
        this.leads = leads;
    }

    @Override
    public List<AnswerFeedback> feedback(Actor actor, BotId bot, int limit) {
        bots.require(actor.organizationId(), bot);
        return feedback.latestByBot(actor.organizationId(), bot, clamp(limit));
    }

    @Override
    public List<Lead> leads(Actor actor, BotId bot, int limit) {
        bots.require(actor.organizationId(), bot);
        if (!actor.role().canManageMembers()) {
            throw new ForbiddenException("Only owners and admins can read a bot's leads");
        }
        return leads.latestByBot(actor.organizationId(), bot, clamp(limit));
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
