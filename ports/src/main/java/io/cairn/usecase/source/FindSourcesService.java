package io.cairn.usecase.source;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.source.SyncReport;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.source.FindSourcesUseCase;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.DocumentRepository;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.persistence.SyncReportRepository;
import io.cairn.usecase.bot.TenantBots;
import java.util.List;

/** Reads a bot's sources and their documents inside the actor's tenant. */
public final class FindSourcesService implements FindSourcesUseCase {

    private final TenantBots bots;
    private final TenantSources tenantSources;
    private final SourceRepository sources;
    private final DocumentRepository documents;
    private final SyncReportRepository reports;

    public FindSourcesService(
            BotRepository bots, SourceRepository sources, DocumentRepository documents, SyncReportRepository reports) {
        this.bots = new TenantBots(bots);
        this.tenantSources = new TenantSources(bots, sources);
        this.sources = sources;
        this.documents = documents;
        this.reports = reports;
    }

    @Override
    public Page<Source> list(Actor actor, BotId bot, PageRequest page) {
        bots.require(actor.organizationId(), bot);
        return sources.listByBot(actor.organizationId(), bot, page);
    }

    @Override
    public Source get(Actor actor, BotId bot, SourceId source) {
        return tenantSources.require(actor.organizationId(), bot, source);
    }

    @Override
    public Page<Document> documents(Actor actor, BotId bot, SourceId source, PageRequest page) {
        tenantSources.require(actor.organizationId(), bot, source);
        return documents.listBySource(actor.organizationId(), source, page);
    }

    @Override
    public List<SyncReport> syncReports(Actor actor, BotId bot, SourceId source, int limit) {
        tenantSources.require(actor.organizationId(), bot, source);
        return reports.latest(actor.organizationId(), source, Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT)));
    }
}
