package io.cairn.usecase.bot;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.Source;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.bot.DeleteBotUseCase;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.RetrievalIndexPort;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.DocumentRepository;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import java.util.List;

/** Deletes a bot with its sources, documents, stored content and index entries. */
public final class DeleteBotService implements DeleteBotUseCase {

    private final BotRepository bots;
    private final SourceRepository sources;
    private final DocumentRepository documents;
    private final SourceContentRepository contents;
    private final RetrievalIndexPort index;
    private final TransactionPort tx;
    private final TenantBots tenantBots;

    public DeleteBotService(
            BotRepository bots,
            SourceRepository sources,
            DocumentRepository documents,
            SourceContentRepository contents,
            RetrievalIndexPort index,
            TransactionPort tx) {
        this.bots = bots;
        this.sources = sources;
        this.documents = documents;
        this.contents = contents;
        this.index = index;
        this.tx = tx;
        this.tenantBots = new TenantBots(bots);
    }

    @Override
    public void delete(Actor actor, BotId id) {
        actor.requireEditor();
        var org = actor.organizationId();
        tenantBots.require(org, id);
        tx.run(() -> {
            List<Source> all;
            do {
                all = sources.listByBot(org, id, PageRequest.first(PageRequest.MAX_LIMIT))
                        .items();
                for (Source s : all) {
                    documents.deleteBySource(org, s.id());
                    contents.delete(org, s.id());
                    sources.delete(org, s.id());
                }
            } while (!all.isEmpty());
            bots.delete(org, id);
        });
        index.deleteBot(new IndexScope(org, id));
    }
}
