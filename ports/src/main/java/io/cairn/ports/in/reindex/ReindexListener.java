package io.cairn.ports.in.reindex;

import io.cairn.domain.source.Source;
import io.cairn.ports.in.source.IngestProgress;

/** Follows a reindex: which source starts (and its document progress), and how each one ended. */
public interface ReindexListener {

    /** Called before each source; the returned progress receives that source's document counts. */
    IngestProgress started(Source source, int index, int total);

    void finished(Source result, int index, int total);
}
