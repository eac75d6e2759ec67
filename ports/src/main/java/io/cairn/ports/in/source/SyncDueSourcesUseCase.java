package io.cairn.ports.in.source;

/** Use case: queue a sync for every website and sitemap source whose schedule is due. Run by a recurring job. */
public interface SyncDueSourcesUseCase {

    /** @return how many sources were queued */
    int enqueueDue();
}
