package io.cairn.host.cli;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.bot.RetrievalSettings;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Organization;
import io.cairn.ports.in.bot.CreateBotCommand;
import io.cairn.ports.in.bot.CreateBotUseCase;
import io.cairn.ports.in.bot.FindBotsUseCase;
import io.cairn.ports.in.tenant.ListTenantsUseCase;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cairn bots list|create}. */
@Command(
        name = "bots",
        description = "List or create bots.",
        subcommands = {BotsCommand.List.class, BotsCommand.Create.class})
final class BotsCommand {

    @Prototype
    @Command(name = "list", description = "List bots of one tenant, or of all tenants.")
    static final class List implements Runnable {
        private final ListTenantsUseCase tenants;
        private final FindBotsUseCase bots;

        @Option(names = "--tenant", description = "Organization id (default: all)")
        String tenant;

        List(ListTenantsUseCase tenants, FindBotsUseCase bots) {
            this.tenants = tenants;
            this.bots = bots;
        }

        @Override
        public void run() {
            int count = 0;
            for (Organization org : tenants.list()) {
                if (tenant != null && !org.id().toString().equals(tenant)) {
                    continue;
                }
                for (Bot b : bots.list(Actor.operator(org.id()), PageRequest.first(PageRequest.MAX_LIMIT))
                        .items()) {
                    System.out.printf(
                            "%s  %-24s tenant=%s mode=%s%n",
                            b.id(),
                            b.name(),
                            org.id(),
                            b.settings().retrieval().mode().wireName());
                    count++;
                }
            }
            System.out.printf("%d bot(s)%n", count);
        }
    }

    @Prototype
    @Command(name = "create", description = "Create a bot.")
    static final class Create implements Runnable {
        private final Operator operator;
        private final CreateBotUseCase create;

        @Option(names = "--name", required = true, description = "Bot name")
        String name;

        @Option(names = "--tenant", description = "Organization id (default: the only tenant)")
        String tenant;

        @Option(names = "--mode", defaultValue = "hybrid", description = "hybrid, vector or keyword")
        String mode;

        @Option(names = "--top-k", defaultValue = "5", description = "Passages per answer")
        int topK;

        Create(Operator operator, CreateBotUseCase create) {
            this.operator = operator;
            this.create = create;
        }

        @Override
        public void run() {
            var settings = BotSettings.defaults()
                    .withRetrieval(new RetrievalSettings(
                            RetrievalMode.parse(mode),
                            topK,
                            RetrievalSettings.defaults().minScore()));
            Bot bot = create.create(
                    Actor.operator(operator.tenant(tenant)), new CreateBotCommand(name, Optional.empty(), settings));
            System.out.printf("Created bot %s (%s), public key %s%n", bot.id(), bot.name(), bot.publicKey());
        }
    }
}
