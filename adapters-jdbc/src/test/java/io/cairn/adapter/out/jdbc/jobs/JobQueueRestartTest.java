package io.cairn.adapter.out.jdbc.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobHandler;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class JobQueueRestartTest {

    @Test
    void should_run_job_after_restart_when_enqueued_by_a_process_without_workers() throws InterruptedException {
        // given
        String database = H2TestDatabase.newName();
        Job job = new Job("restart-test", OrganizationId.random(), "source-9");
        List<Job> handled = new CopyOnWriteArrayList<>();
        try (ApplicationContext enqueuer = H2TestDatabase.start(database, settings(false))) {
            DbSchedulerJobQueue queue = enqueuer.getBean(DbSchedulerJobQueue.class);
            queue.register(recording(handled));
            queue.enqueue(job);
            Thread.sleep(500);
            assertThat(handled).isEmpty();
        }
        // when
        try (ApplicationContext worker = H2TestDatabase.start(database, settings(true))) {
            worker.getBean(DbSchedulerJobQueue.class).register(recording(handled));
            long deadline = System.currentTimeMillis() + 5_000;
            while (handled.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        }
        // then
        assertThat(handled).containsExactly(job);
    }

    private static Map<String, Object> settings(boolean enabled) {
        Map<String, Object> settings = new HashMap<>(DbSchedulerJobQueueTest.FAST_JOBS);
        settings.put("cairn.jobs.enabled", enabled);
        return settings;
    }

    private static JobHandler recording(List<Job> handled) {
        return new JobHandler() {
            @Override
            public String kind() {
                return "restart-test";
            }

            @Override
            public void handle(Job job) {
                handled.add(job);
            }
        };
    }
}
