package io.cairn.usecase.source;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.source.SyncSourceUseCase;
import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobQueuePort;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.SourceRepository;

/** Marks a source pending again and queues its ingestion; unchanged documents will be skipped. */
public final class SyncSourceService implements SyncSourceUseCase {

    private final TenantSources tenantSources;
    private final SourceRepository sources;
    private final JobQueuePort jobs;

    public SyncSourceService(BotRepository bots, SourceRepository sources, JobQueuePort jobs) {
        this.tenantSources = new TenantSources(bots, sources);
        this.sources = sources;
        this.jobs = jobs;
    }

    @Override
    public Source sync(Actor actor, BotId bot, SourceId id) {
        actor.requireEditor();
        Source source = tenantSources.require(actor.organizationId(), bot, id).requeued();
        sources.save(source);
        jobs.enqueue(
                new Job(Job.INGEST_SOURCE, source.organizationId(), source.id().toString()));
        return source;
    }
}
