package io.cairn.host.server;

import io.cairn.adapter.out.jdbc.ratelimit.Bucket4jLocalRateLimitAdapter;
import io.cairn.adapter.out.jdbc.ratelimit.Bucket4jPostgresRateLimitAdapter;
import io.cairn.domain.ratelimit.RateLimitPlans;
import io.cairn.ports.in.ratelimit.AdmitChatMessageUseCase;
import io.cairn.ports.in.widget.AdmitVisitorQuestionUseCase;
import io.cairn.ports.in.widget.AllowWidgetOriginUseCase;
import io.cairn.ports.in.widget.CaptureLeadUseCase;
import io.cairn.ports.in.widget.FindVisitorResponsesUseCase;
import io.cairn.ports.in.widget.RateAnswerUseCase;
import io.cairn.ports.in.widget.ReadWidgetConfigUseCase;
import io.cairn.ports.out.events.OutboundEventPort;
import io.cairn.ports.out.persistence.AnswerFeedbackRepository;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.persistence.LeadRepository;
import io.cairn.ports.out.persistence.MessageRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.ratelimit.RateLimitPort;
import io.cairn.ports.out.security.VisitorSignaturePort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.billing.PlanGate;
import io.cairn.usecase.ratelimit.AdmitChatMessageService;
import io.cairn.usecase.ratelimit.ChatThrottle;
import io.cairn.usecase.widget.AdmitVisitorQuestionService;
import io.cairn.usecase.widget.AllowWidgetOriginService;
import io.cairn.usecase.widget.CaptureLeadService;
import io.cairn.usecase.widget.FindVisitorResponsesService;
import io.cairn.usecase.widget.RateAnswerService;
import io.cairn.usecase.widget.ReadWidgetConfigService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * Builds the widget's public surface (config, chat, visitors' ratings and leads, and the owners' reading of them)
 * and the layered rate limits: token buckets in memory on the embedded default (one process), in the PostgreSQL
 * database when {@code cairn.db.url} is set, so that every node shares them.
 */
@Factory
class WidgetFactory {

    @Singleton
    RateLimitPlans rateLimitPlans(Environment environment) {
        return RateLimitSettings.read(environment);
    }

    @Singleton
    @Requires(missingProperty = AdapterFactory.DB_URL)
    RateLimitPort localRateLimits(ClockPort clock) {
        return new Bucket4jLocalRateLimitAdapter(clock);
    }

    /** Like the job queue and the index, bucket4j commits on its own: it gets the pool, not the transactional proxy. */
    @Singleton
    @Requires(property = AdapterFactory.DB_URL)
    RateLimitPort postgresRateLimits(DataSource dataSource, DataSourceResolver resolver, ClockPort clock) {
        return new Bucket4jPostgresRateLimitAdapter(resolver.resolve(dataSource), clock);
    }

    @Singleton
    ChatThrottle chatThrottle(
            OrganizationRepository organizations, RateLimitPort limiter, RateLimitPlans plans, PlanGate planGate) {
        return new ChatThrottle(organizations, limiter, plans, planGate);
    }

    @Singleton
    AdmitChatMessageUseCase admitChatMessage(ChatThrottle throttle) {
        return new AdmitChatMessageService(throttle);
    }

    @Singleton
    AllowWidgetOriginUseCase allowWidgetOrigin(BotRepository bots) {
        return new AllowWidgetOriginService(bots);
    }

    @Singleton
    ReadWidgetConfigUseCase readWidgetConfig(BotRepository bots, ChatThrottle throttle) {
        return new ReadWidgetConfigService(bots, throttle);
    }

    @Singleton
    AdmitVisitorQuestionUseCase admitVisitorQuestion(
            BotRepository bots,
            ConversationRepository conversations,
            VisitorSignaturePort signatures,
            ChatThrottle throttle,
            ClockPort clock) {
        return new AdmitVisitorQuestionService(bots, conversations, signatures, throttle, clock);
    }

    @Singleton
    RateAnswerUseCase rateAnswer(
            BotRepository bots,
            ConversationRepository conversations,
            MessageRepository messages,
            AnswerFeedbackRepository feedback,
            VisitorSignaturePort signatures,
            ChatThrottle throttle,
            OutboundEventPort events,
            TransactionPort tx,
            ClockPort clock) {
        return new RateAnswerService(bots, conversations, messages, feedback, signatures, throttle, events, tx, clock);
    }

    @Singleton
    CaptureLeadUseCase captureLead(
            BotRepository bots,
            ConversationRepository conversations,
            MessageRepository messages,
            LeadRepository leads,
            VisitorSignaturePort signatures,
            ChatThrottle throttle,
            OutboundEventPort events,
            TransactionPort tx,
            ClockPort clock) {
        return new CaptureLeadService(bots, conversations, messages, leads, signatures, throttle, events, tx, clock);
    }

    @Singleton
    FindVisitorResponsesUseCase findVisitorResponses(
            BotRepository bots, AnswerFeedbackRepository feedback, LeadRepository leads) {
        return new FindVisitorResponsesService(bots, feedback, leads);
    }
}
