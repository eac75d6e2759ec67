package io.cairn.ports.in.source;

import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;

/**
 * Use case: fetch, parse, chunk, embed and index a source's documents, moving it from pending through processing
 * to ready or failed. Run by the job queue, or directly by the CLI.
 */
public interface IngestSourceUseCase {

    Source ingest(OrganizationId organization, SourceId source, IngestMode mode, IngestProgress progress);

    /** The normal run: documents whose content did not change are skipped. */
    default Source ingest(OrganizationId organization, SourceId source, IngestProgress progress) {
        return ingest(organization, source, IngestMode.CHANGED_ONLY, progress);
    }
}
