package io.cairn.ports.in.reindex;

import java.time.Duration;

/**
 * Use case: after a bulk load, an operator reorganises the retrieval index for the fastest searches (Lucene merges
 * its segments into one, PostgreSQL refreshes its statistics), while the server keeps answering.
 */
public interface OptimizeIndexUseCase {

    /** Optimizes the whole index, all tenants at once, and returns how long it took. */
    Duration optimize();
}
