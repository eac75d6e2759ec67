package io.cairn.host.server;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.account.LogInCommand;
import io.cairn.ports.in.account.LogInUseCase;
import io.cairn.ports.in.account.SignUpCommand;
import io.cairn.ports.in.account.SignUpUseCase;
import io.cairn.ports.in.billing.ChangePlanUseCase;
import io.cairn.ports.in.bot.CreateBotCommand;
import io.cairn.ports.in.bot.CreateBotUseCase;
import io.cairn.ports.in.bot.FindBotsUseCase;
import io.cairn.ports.in.bot.UpdateBotCommand;
import io.cairn.ports.in.bot.UpdateBotUseCase;
import io.cairn.ports.in.source.AddSourceCommand.AddText;
import io.cairn.ports.in.source.AddSourceUseCase;
import io.cairn.ports.out.time.ClockPort;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On first start, creates a demo account with a bot that knows the project's own docs. Its widget allows the
 * playground's own origins (localhost and 127.0.0.1, on port 8080 and on the port the server listens on).
 */
@Singleton
@Requires(property = "cairn.demo.enabled", value = "true", defaultValue = "true")
class DemoBotSeeder implements ApplicationEventListener<ServerStartupEvent> {

    static final String BOT_NAME = "Cairn Guide";
    private static final Logger LOG = LoggerFactory.getLogger(DemoBotSeeder.class);

    private final DemoSettings demo;
    private final SignUpUseCase signUp;
    private final LogInUseCase logIn;
    private final FindBotsUseCase findBots;
    private final CreateBotUseCase createBot;
    private final UpdateBotUseCase updateBot;
    private final AddSourceUseCase addSource;
    private final ChangePlanUseCase changePlan;
    private final ClockPort clock;

    DemoBotSeeder(
            DemoSettings demo,
            SignUpUseCase signUp,
            LogInUseCase logIn,
            FindBotsUseCase findBots,
            CreateBotUseCase createBot,
            UpdateBotUseCase updateBot,
            AddSourceUseCase addSource,
            ChangePlanUseCase changePlan,
            ClockPort clock) {
        this.demo = demo;
        this.signUp = signUp;
        this.logIn = logIn;
        this.findBots = findBots;
        this.createBot = createBot;
        this.updateBot = updateBot;
        this.addSource = addSource;
        this.changePlan = changePlan;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        AccountView account = account();
        Actor actor = Actor.member(account.userId(), account.organization().id(), account.role());
        List<String> origins = widgetOrigins(event.getSource().getPort());
        Optional<Bot> existing = findBots.list(actor, PageRequest.first(100)).items().stream()
                .filter(b -> b.name().equals(BOT_NAME))
                .findFirst();
        if (existing.isEmpty()) {
            seed(actor, origins);
        } else {
            allowOrigins(actor, existing.get(), origins);
        }
        String url = event.getSource().getURL().toString();
        LOG.info("Cairn is up at {} . Demo login: {} / {}", url, demo.email(), demo.password());
    }

    /** Logs in first: after the first start the account exists, and a log-in costs one hash check, not two. */
    private AccountView account() {
        try {
            return logIn.logIn(new LogInCommand(demo.email(), demo.password()));
        } catch (UnauthorizedException notYet) {
            AccountView created = signUp.signUp(new SignUpCommand(demo.email(), demo.password(), "Cairn Demo"));
            changePlan.changePlan(created.organization().id(), demo.plan(), clock.now());
            return created;
        }
    }

    /** The playground's own origins: the default port and the one this server listens on. */
    static List<String> widgetOrigins(int port) {
        return Stream.of(8080, port)
                .distinct()
                .flatMap(p -> Stream.of("http://localhost:" + p, "http://127.0.0.1:" + p))
                .toList();
    }

    /** A demo bot seeded while the server listened on another port learns this one too. */
    private void allowOrigins(Actor actor, Bot bot, List<String> origins) {
        List<String> allowed = bot.settings().allowedOrigins();
        if (allowed.containsAll(origins)) {
            return;
        }
        List<String> merged =
                Stream.concat(allowed.stream(), origins.stream()).distinct().toList();
        updateBot.update(actor, bot.id(), new UpdateBotCommand(Optional.empty(), s -> s.withAllowedOrigins(merged)));
    }

    private void seed(Actor actor, List<String> origins) {
        BotSettings settings = new BotSettings(
                "You are Cairn's guide. Answer questions about Cairn from its documentation.",
                "Hi! I know Cairn's documentation. Ask me anything about it.",
                List.of("What is Cairn?", "How do I run the tests?", "Which sources can a bot learn from?"),
                "Sorry, Cairn's documentation does not answer that.",
                origins,
                null,
                null,
                null,
                null);
        var bot = createBot.create(actor, new CreateBotCommand(BOT_NAME, Optional.empty(), settings));
        var docs = DemoDocs.read(demo.docsDir());
        if (docs.isEmpty()) {
            LOG.warn(
                    "No docs found under {}; the demo bot starts empty",
                    demo.docsDir().toAbsolutePath());
            return;
        }
        addSource.add(actor, new AddText(bot.id(), "Cairn documentation", docs, true));
        LOG.info("Demo bot '{}' created with {} documents", BOT_NAME, docs.size());
    }
}
