package io.cairn.usecase.source;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.source.DeleteSourceUseCase;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.RetrievalIndexPort;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.DocumentRepository;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.persistence.SyncReportRepository;
import io.cairn.ports.out.persistence.TransactionPort;

/** Deletes a source, its documents and stored content, and takes its chunks out of the index. */
public final class DeleteSourceService implements DeleteSourceUseCase {

    private final TenantSources tenantSources;
    private final SourceRepository sources;
    private final DocumentRepository documents;
    private final SourceContentRepository contents;
    private final RetrievalIndexPort index;
    private final TransactionPort tx;
    private final SyncReportRepository reports;

    public DeleteSourceService(
            BotRepository bots,
            SourceRepository sources,
            DocumentRepository documents,
            SourceContentRepository contents,
            RetrievalIndexPort index,
            SyncReportRepository reports,
            TransactionPort tx) {
        this.reports = reports;
        this.tenantSources = new TenantSources(bots, sources);
        this.sources = sources;
        this.documents = documents;
        this.contents = contents;
        this.index = index;
        this.tx = tx;
    }

    @Override
    public void delete(Actor actor, BotId bot, SourceId source) {
        actor.requireEditor();
        var org = actor.organizationId();
        tenantSources.require(org, bot, source);
        tx.run(() -> {
            documents.deleteBySource(org, source);
            reports.deleteBySource(org, source);
            contents.delete(org, source);
            sources.delete(org, source);
        });
        index.deleteSource(new IndexScope(org, bot), source);
    }
}
