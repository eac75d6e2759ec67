package io.cairn.ports.in.reindex;

import io.cairn.domain.source.Source;
import java.util.List;

/**
 * Use case: an operator rebuilds the index of a tenant, a bot or a source, here and now: every document is chunked
 * and indexed again, and only chunk texts the embedding cache has never seen reach the model.
 */
public interface ReindexUseCase {

    /** Reindexes each source of the scope in turn and returns how each ended; an unknown id is not found. */
    List<Source> reindex(ReindexScope scope, ReindexListener listener);
}
