package io.cairn.ports.out.jobs;

/** Driven port: durable background work. Jobs survive restarts and are retried with backoff. */
public interface JobQueuePort {

    /** Enqueues a job; runs after the current transaction commits, if there is one. */
    void enqueue(Job job);
}
