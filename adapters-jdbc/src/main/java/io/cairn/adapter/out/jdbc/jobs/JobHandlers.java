package io.cairn.adapter.out.jdbc.jobs;

import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobHandler;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds the handler of a job's kind: handlers registered by hand first, then the host's {@link JobHandler} beans.
 * The beans are looked up when a job runs, not when the queue is built, because handlers usually depend on services
 * that depend on the queue.
 */
@Singleton
class JobHandlers {

    private final List<JobHandler> registered = new CopyOnWriteArrayList<>();
    private final BeanProvider<JobHandler> beans;

    JobHandlers(BeanProvider<JobHandler> beans) {
        this.beans = beans;
    }

    void register(JobHandler handler) {
        registered.add(0, handler);
    }

    void dispatch(Job job) {
        handlerOf(job.kind())
                .orElseThrow(() -> new IllegalStateException("no handler for jobs of kind " + job.kind()))
                .handle(job);
    }

    private Optional<JobHandler> handlerOf(String kind) {
        Optional<JobHandler> byHand =
                registered.stream().filter(h -> h.kind().equals(kind)).findFirst();
        if (byHand.isPresent()) {
            return byHand;
        }
        return beans.isPresent()
                ? beans.stream().filter(h -> h.kind().equals(kind)).findFirst()
                : Optional.empty();
    }
}
