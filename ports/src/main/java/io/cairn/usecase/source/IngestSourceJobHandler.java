package io.cairn.usecase.source;

import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.source.SourceId;
import io.cairn.ports.in.source.IngestProgress;
import io.cairn.ports.in.source.IngestSourceUseCase;
import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs queued ingestion jobs; a source deleted meanwhile simply has nothing left to do. */
public final class IngestSourceJobHandler implements JobHandler {

    private static final Logger LOG = LoggerFactory.getLogger(IngestSourceJobHandler.class);
    private final IngestSourceUseCase ingest;

    public IngestSourceJobHandler(IngestSourceUseCase ingest) {
        this.ingest = ingest;
    }

    @Override
    public String kind() {
        return Job.INGEST_SOURCE;
    }

    @Override
    public void handle(Job job) {
        try {
            ingest.ingest(job.organizationId(), SourceId.parse(job.subjectId()), IngestProgress.none());
        } catch (NotFoundException e) {
            LOG.info("Skipping ingestion of source {}: it no longer exists", job.subjectId());
        }
    }
}
