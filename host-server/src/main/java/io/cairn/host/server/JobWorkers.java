package io.cairn.host.server;

import io.cairn.ports.out.jobs.JobQueuePort;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/** Creates the job queue at start-up, so jobs left over from a previous run resume without waiting for new work. */
@Singleton
class JobWorkers implements ApplicationEventListener<StartupEvent> {

    private final Provider<JobQueuePort> queue;

    JobWorkers(Provider<JobQueuePort> queue) {
        this.queue = queue;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        queue.get();
    }
}
