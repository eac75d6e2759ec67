package io.cairn.ports.out.jobs;

/**
 * Work the job queue runs again and again, on every node's shared schedule, whatever restarts happen in between:
 * for example queueing the syncs that are due. Must be quick and safe to run twice.
 */
public interface RecurringJob {

    String name();

    void run();
}
