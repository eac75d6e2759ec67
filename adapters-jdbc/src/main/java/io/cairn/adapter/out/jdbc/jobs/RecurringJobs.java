package io.cairn.adapter.out.jdbc.jobs;

import io.cairn.ports.out.jobs.RecurringJob;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the host's {@link RecurringJob} beans, each on its own so one failing job does not stop the others. Looked up
 * on every tick, not when the queue is built, because the jobs depend on services that depend on the queue.
 */
@Singleton
class RecurringJobs {

    private static final Logger LOG = LoggerFactory.getLogger(RecurringJobs.class);

    private final BeanProvider<RecurringJob> beans;

    RecurringJobs(BeanProvider<RecurringJob> beans) {
        this.beans = beans;
    }

    void runAll() {
        if (!beans.isPresent()) {
            return;
        }
        beans.stream().forEach(job -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.warn("Recurring job {} failed; it runs again on the next tick", job.name(), e);
            }
        });
    }
}
