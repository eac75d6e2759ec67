package io.cairn.usecase.retrieval;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.retrieval.RankedChunk;
import io.cairn.ports.in.retrieval.RetrieveCommand;
import io.cairn.ports.in.retrieval.RetrieveUseCase;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.usecase.bot.TenantBots;
import java.util.List;

/** Ranks a bot's chunks for a query in the bot's mode or the one asked for. */
public final class RetrieveService implements RetrieveUseCase {

    private final TenantBots bots;
    private final Retriever retriever;

    public RetrieveService(BotRepository bots, Retriever retriever) {
        this.bots = new TenantBots(bots);
        this.retriever = retriever;
    }

    @Override
    public List<RankedChunk> retrieve(RetrieveCommand command) {
        Bot bot = bots.require(command.organizationId(), command.botId());
        var mode = command.mode().orElse(bot.settings().retrieval().mode());
        return retriever.retrieve(
                new IndexScope(bot.organizationId(), bot.id()), command.query(), mode, command.limit());
    }
}
