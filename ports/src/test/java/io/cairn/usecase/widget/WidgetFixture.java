package io.cairn.usecase.widget;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.ratelimit.PlanRateLimits;
import io.cairn.domain.ratelimit.RateLimit;
import io.cairn.domain.ratelimit.RateLimitPlans;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.fakes.FakeVisitorSignatures;
import io.cairn.ports.fakes.InMemoryRateLimits;
import io.cairn.ports.in.widget.VisitorQuestion;
import io.cairn.ports.in.widget.WidgetVisit;
import io.cairn.usecase.UseCaseFixture;
import io.cairn.usecase.ratelimit.AdmitChatMessageService;
import io.cairn.usecase.ratelimit.ChatThrottle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The widget's services on top of {@link UseCaseFixture}, with small limits so tests reach them quickly. */
final class WidgetFixture {

    static final String SHOP = "https://shop.example";
    static final PlanRateLimits SMALL = new PlanRateLimits(
            new RateLimit(3, Duration.ofMinutes(1)),
            new RateLimit(5, Duration.ofMinutes(1)),
            new RateLimit(8, Duration.ofHours(1)));

    final UseCaseFixture cairn = UseCaseFixture.extractive();
    final InMemoryRateLimits limits = new InMemoryRateLimits(cairn.clock);
    final ChatThrottle throttle =
            new ChatThrottle(cairn.organizations, limits, new RateLimitPlans(Map.of(RateLimitPlans.FREE, SMALL)));
    final AllowWidgetOriginService allowOrigin = new AllowWidgetOriginService(cairn.bots);
    final ReadWidgetConfigService readConfig = new ReadWidgetConfigService(cairn.bots, throttle);
    final AdmitVisitorQuestionService admit = new AdmitVisitorQuestionService(
            cairn.bots, cairn.conversations, new FakeVisitorSignatures(), throttle, cairn.clock);
    final AdmitChatMessageService admitMember = new AdmitChatMessageService(throttle);
    final Actor owner = cairn.newOwner("owner-" + System.nanoTime() + "@example.com");

    Bot shopBot() {
        return botAllowing(List.of(SHOP), false);
    }

    Bot botAllowing(List<String> origins, boolean identityVerification) {
        BotSettings settings = BotSettings.defaults().withAllowedOrigins(origins);
        if (identityVerification) {
            settings = new BotSettings(
                    settings.instructions(),
                    "Welcome to the shop!",
                    List.of("Where is my order?"),
                    settings.fallbackMessage(),
                    settings.allowedOrigins(),
                    settings.leadForm(),
                    settings.theme(),
                    settings.model(),
                    settings.retrieval(),
                    true);
        }
        return cairn.newBot(owner, "Shop helper", settings);
    }

    static WidgetVisit visit(Bot bot, String origin, String address) {
        return new WidgetVisit(bot.publicKey(), Optional.ofNullable(origin), address);
    }

    static VisitorQuestion question(Bot bot, String address, Optional<ConversationId> conversation) {
        return new VisitorQuestion(
                visit(bot, SHOP, address), "Where is my order?", conversation, Optional.empty(), Optional.empty());
    }

    static VisitorQuestion signedQuestion(
            Bot bot, String userId, String userHash, Optional<ConversationId> conversation) {
        return new VisitorQuestion(
                visit(bot, SHOP, "203.0.113.7"),
                "Where is my order?",
                conversation,
                Optional.ofNullable(userId),
                Optional.ofNullable(userHash));
    }
}
