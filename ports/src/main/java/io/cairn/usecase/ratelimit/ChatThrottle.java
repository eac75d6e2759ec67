package io.cairn.usecase.ratelimit;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.error.RateLimitedException;
import io.cairn.domain.ratelimit.PlanRateLimits;
import io.cairn.domain.ratelimit.RateLimit;
import io.cairn.domain.ratelimit.RateLimitPlans;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.ratelimit.RateDecision;
import io.cairn.ports.out.ratelimit.RateLimitPort;
import io.cairn.usecase.billing.PlanGate;

/**
 * Applies the organization's plan limits in layers: the visitor first, then the bot, then the organization. The
 * visitor goes first so that one flooding visitor empties only their own bucket, not the budget the bot and the
 * organization share with everyone else.
 */
public final class ChatThrottle {

    private final OrganizationRepository organizations;
    private final RateLimitPort limiter;
    private final RateLimitPlans plans;
    private final PlanGate planGate;

    public ChatThrottle(OrganizationRepository organizations, RateLimitPort limiter, RateLimitPlans plans) {
        this(organizations, limiter, plans, PlanGate.OPEN);
    }

    /** Also refuses a message, before any work, when the organization's plan has no message credits left. */
    public ChatThrottle(
            OrganizationRepository organizations, RateLimitPort limiter, RateLimitPlans plans, PlanGate planGate) {
        this.organizations = organizations;
        this.limiter = limiter;
        this.plans = plans;
        this.planGate = planGate;
    }

    /** One chat message: it must fit the visitor's, the bot's and the organization's limits. */
    public void admitMessage(OrganizationId organization, BotId bot, String visitor) {
        PlanRateLimits limits = limitsOf(organization);
        take("visitor", visitorKey(bot, visitor), limits.visitor());
        take("bot", "bot:" + bot, limits.bot());
        take("organization", "organization:" + organization, limits.organization());
        planGate.checkMessage(organization, bot);
    }

    /** A cheap read such as the widget's config: only the visitor's own limit applies. */
    public void admitVisit(OrganizationId organization, BotId bot, String visitor) {
        take("visitor", visitorKey(bot, visitor), limitsOf(organization).visitor());
    }

    private PlanRateLimits limitsOf(OrganizationId organization) {
        String plan =
                organizations.findById(organization).map(Organization::plan).orElse(RateLimitPlans.FREE);
        return plans.forPlan(plan);
    }

    private void take(String scope, String key, RateLimit limit) {
        RateDecision decision = limiter.tryTake(key, limit);
        if (!decision.allowed()) {
            throw new RateLimitedException(scope, decision.retryAfter());
        }
    }

    private static String visitorKey(BotId bot, String visitor) {
        return "visitor:" + bot + ":" + visitor;
    }
}
