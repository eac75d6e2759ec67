package io.cairn.usecase.source;

import io.cairn.domain.source.Source;
import io.cairn.ports.in.source.SyncDueSourcesUseCase;
import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobQueuePort;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.time.ClockPort;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues a sync for each source whose schedule is due. Each source is first moved to its next due time in the same
 * transaction as its job, so a node that runs this twice, or two nodes at once, queue it once.
 */
public final class SyncDueSourcesService implements SyncDueSourcesUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(SyncDueSourcesService.class);
    private static final int BATCH = 100;

    private final SourceRepository sources;
    private final JobQueuePort jobs;
    private final TransactionPort tx;
    private final ClockPort clock;

    public SyncDueSourcesService(SourceRepository sources, JobQueuePort jobs, TransactionPort tx, ClockPort clock) {
        this.sources = sources;
        this.jobs = jobs;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public int enqueueDue() {
        List<Source> due = sources.listDue(clock.now(), BATCH);
        for (Source source : due) {
            tx.run(() -> {
                sources.save(source.requeuedBySchedule(clock.now()));
                jobs.enqueue(new Job(
                        Job.INGEST_SOURCE, source.organizationId(), source.id().toString()));
            });
        }
        if (!due.isEmpty()) {
            LOG.info("Queued the scheduled sync of {} sources", due.size());
        }
        return due.size();
    }
}
