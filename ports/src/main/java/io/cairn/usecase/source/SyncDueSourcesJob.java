package io.cairn.usecase.source;

import io.cairn.ports.in.source.SyncDueSourcesUseCase;
import io.cairn.ports.out.jobs.RecurringJob;

/** The recurring job that queues due syncs, so schedules keep running across restarts and nodes. */
public final class SyncDueSourcesJob implements RecurringJob {

    private final SyncDueSourcesUseCase syncDue;

    public SyncDueSourcesJob(SyncDueSourcesUseCase syncDue) {
        this.syncDue = syncDue;
    }

    @Override
    public String name() {
        return "sync-due-sources";
    }

    @Override
    public void run() {
        syncDue.enqueueDue();
    }
}
