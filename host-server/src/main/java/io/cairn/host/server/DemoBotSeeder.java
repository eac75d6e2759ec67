package io.cairn.host.server;

import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.error.ConflictException;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.account.LogInCommand;
import io.cairn.ports.in.account.LogInUseCase;
import io.cairn.ports.in.account.SignUpCommand;
import io.cairn.ports.in.account.SignUpUseCase;
import io.cairn.ports.in.bot.CreateBotCommand;
import io.cairn.ports.in.bot.CreateBotUseCase;
import io.cairn.ports.in.bot.FindBotsUseCase;
import io.cairn.ports.in.source.AddSourceCommand.AddText;
import io.cairn.ports.in.source.AddSourceUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On first start, creates a demo account with a bot that knows the project's own docs. */
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
    private final AddSourceUseCase addSource;

    DemoBotSeeder(
            DemoSettings demo,
            SignUpUseCase signUp,
            LogInUseCase logIn,
            FindBotsUseCase findBots,
            CreateBotUseCase createBot,
            AddSourceUseCase addSource) {
        this.demo = demo;
        this.signUp = signUp;
        this.logIn = logIn;
        this.findBots = findBots;
        this.createBot = createBot;
        this.addSource = addSource;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        AccountView account = account();
        Actor actor = Actor.member(account.userId(), account.organization().id(), account.role());
        boolean exists = findBots.list(actor, PageRequest.first(100)).items().stream()
                .anyMatch(b -> b.name().equals(BOT_NAME));
        if (!exists) {
            seed(actor);
        }
        String url = event.getSource().getURL().toString();
        LOG.info("Cairn is up at {} . Demo login: {} / {}", url, demo.email(), demo.password());
    }

    private AccountView account() {
        try {
            return signUp.signUp(new SignUpCommand(demo.email(), demo.password(), "Cairn Demo"));
        } catch (ConflictException alreadyThere) {
            return logIn.logIn(new LogInCommand(demo.email(), demo.password()));
        }
    }

    private void seed(Actor actor) {
        BotSettings settings = new BotSettings(
                "You are Cairn's guide. Answer questions about Cairn from its documentation.",
                "Hi! I know Cairn's documentation. Ask me anything about it.",
                List.of("What is Cairn?", "How do I run the tests?", "Which sources can a bot learn from?"),
                "Sorry, Cairn's documentation does not answer that.",
                List.of("http://localhost:8080", "http://127.0.0.1:8080"),
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
