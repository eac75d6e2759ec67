package io.cairn.adapter.out.jdbc.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.adapter.out.jdbc.JdbcTransactions;
import io.cairn.adapter.out.jdbc.support.TenantSessions;
import io.cairn.domain.job.JobState;
import io.cairn.domain.job.JobView;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobHandler;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DbSchedulerJobQueueTest {

    /** Fast polling and retries, so a dead letter arrives within a second. */
    static final Map<String, Object> FAST_JOBS = Map.of(
            "cairn.jobs.polling-interval",
            "100ms",
            "cairn.jobs.max-retries",
            2,
            "cairn.jobs.backoff",
            "100ms",
            "cairn.jobs.backoff-multiplier",
            2);

    private ApplicationContext context;
    private DbSchedulerJobQueue queue;

    /** Fresh for each test: a job left retrying by one test never lands in another test's handler or tenant. */
    private OrganizationId org;

    private String kind;

    @BeforeEach
    void freshTenantAndKind() {
        org = OrganizationId.random();
        kind = "test-" + UUID.randomUUID();
    }

    /** The context the queue runs in; a subclass may point it at another database. */
    protected ApplicationContext startContext() {
        return H2TestDatabase.start(FAST_JOBS);
    }

    @BeforeAll
    void startQueue() {
        context = startContext();
        queue = context.getBean(DbSchedulerJobQueue.class);
    }

    @AfterAll
    void stopQueue() {
        context.close();
    }

    @Test
    void should_run_handler_within_seconds_when_job_is_enqueued() {
        // given
        List<Job> handled = register(job -> {});
        Job job = new Job(kind, org, "source-1");
        // when
        queue.enqueue(job);
        // then
        awaitUntil(() -> !handled.isEmpty(), Duration.ofSeconds(5));
        assertThat(handled).containsExactly(job);
    }

    @Test
    void should_run_job_again_when_first_attempt_fails() {
        // given
        List<Job> handled = register(job -> {
            if (attemptsSoFar(job) == 1) {
                throw new IllegalStateException("transient");
            }
        });
        // when
        queue.enqueue(new Job(kind, org, "flaky"));
        // then
        awaitUntil(() -> handled.size() == 2, Duration.ofSeconds(5));
        pause(Duration.ofMillis(500));
        assertThat(handled).hasSize(2);
        assertThat(deadJobs()).isEmpty();
    }

    @Test
    void should_dead_letter_job_with_its_reason_when_handler_always_fails() {
        // given
        List<Job> handled = register(job -> {
            throw new IllegalStateException("the page answered 503");
        });
        // when
        queue.enqueue(new Job(kind, org, "doomed"));
        // then
        awaitUntil(() -> !deadJobs().isEmpty(), Duration.ofSeconds(10));
        DeadJobRow dead = deadJobs().get(0);
        assertThat(dead.kind()).isEqualTo(kind);
        assertThat(dead.subjectId()).isEqualTo("doomed");
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).contains("IllegalStateException").contains("the page answered 503");
        pause(Duration.ofMillis(700));
        assertThat(handled).hasSize(3);
    }

    @Test
    void should_run_job_only_after_commit_when_enqueued_in_a_transaction() {
        // given
        List<Job> handled = register(job -> {});
        JdbcTransactions transactions = context.getBean(JdbcTransactions.class);
        // when
        transactions.run(() -> {
            queue.enqueue(new Job(kind, org, "committed"));
            pause(Duration.ofMillis(500));
            assertThat(handled).isEmpty();
        });
        // then
        awaitUntil(() -> !handled.isEmpty(), Duration.ofSeconds(5));
        assertThat(handled).extracting(Job::subjectId).containsExactly("committed");
    }

    @Test
    void should_drop_job_when_its_transaction_rolls_back() {
        // given
        List<Job> handled = register(job -> {});
        JdbcTransactions transactions = context.getBean(JdbcTransactions.class);
        // when
        assertThatThrownBy(() -> transactions.run(() -> {
                    queue.enqueue(new Job(kind, org, "rolled back"));
                    throw new IllegalStateException("abort");
                }))
                .hasMessage("abort");
        // then
        pause(Duration.ofSeconds(1));
        assertThat(handled).isEmpty();
    }

    @Test
    void should_run_another_tenants_single_job_next_when_one_tenant_has_a_backlog() throws Exception {
        // given: both workers busy with a big tenant's first jobs, and 28 more of its jobs waiting
        OrganizationId big = OrganizationId.random();
        OrganizationId small = OrganizationId.random();
        CountDownLatch release = new CountDownLatch(1);
        // Every other job takes a little while, as embedding a page does: with jobs of a few microseconds the order in
        // which handlers start says more about how the operating system scheduled the two workers than about the queue.
        List<Job> handled = register(job -> {
            if (job.subjectId().equals("page-0") || job.subjectId().equals("page-1")) {
                await(release);
            } else {
                pause(Duration.ofMillis(20));
            }
        });
        queue.enqueue(new Job(kind, big, "page-0"));
        queue.enqueue(new Job(kind, big, "page-1"));
        awaitUntil(() -> handled.size() == 2, Duration.ofSeconds(5));
        for (int i = 2; i < 30; i++) {
            queue.enqueue(new Job(kind, big, "page-" + i));
        }
        // when: the other tenant adds a single file
        queue.enqueue(new Job(kind, small, "the-one-file"));
        release.countDown();
        awaitUntil(() -> handled.size() == 31, Duration.ofSeconds(15));
        // then: it runs among the next few jobs instead of after all 28. The bound: the two blocked jobs, at most
        // one job per worker already fetched ahead, and the big tenant's own first waiting job (same priority).
        List<String> order = handled.stream().map(Job::subjectId).toList();
        assertThat(order.indexOf("the-one-file")).as("order %s", order).isLessThanOrEqualTo(5);
    }

    @Test
    void should_list_dead_job_with_reason_and_run_it_again_when_retried() {
        // given: a job that fails until its cause is fixed
        OrganizationId tenant = OrganizationId.random();
        AtomicBoolean fixed = new AtomicBoolean();
        List<Job> handled = register(job -> {
            if (!fixed.get()) {
                throw new IllegalStateException("parser crashed");
            }
        });
        queue.enqueue(new Job(kind, tenant, "broken.pdf"));
        awaitUntil(
                () -> queue.list(Optional.of(tenant)).stream().anyMatch(v -> v.state() == JobState.DEAD),
                Duration.ofSeconds(10));
        JobView dead = queue.list(Optional.of(tenant)).get(0);
        assertThat(dead.lastError()).hasValueSatisfying(e -> assertThat(e).contains("parser crashed"));
        assertThat(dead.failures()).isEqualTo(3);
        assertThat(queue.list(Optional.of(OrganizationId.random()))).isEmpty();
        // when
        fixed.set(true);
        boolean retried = queue.retry(dead.id());
        // then
        assertThat(retried).isTrue();
        awaitUntil(() -> handled.size() == 4, Duration.ofSeconds(5));
        awaitUntil(() -> queue.list(Optional.of(tenant)).isEmpty(), Duration.ofSeconds(5));
        assertThat(queue.retry(dead.id())).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Job> register(Consumer<Job> behaviour) {
        List<Job> handled = new CopyOnWriteArrayList<>();
        queue.register(new JobHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public void handle(Job job) {
                handled.add(job);
                behaviour.accept(job);
            }
        });
        return handled;
    }

    private final List<Job> attempts = new CopyOnWriteArrayList<>();

    private long attemptsSoFar(Job job) {
        attempts.add(job);
        return attempts.size();
    }

    private List<DeadJobRow> deadJobs() {
        return context.getBean(TenantSessions.class)
                .within(org, () -> context.getBean(DeadJobRows.class).findByOrganizationIdOrderByFailedAt(org.value()));
    }

    private static void awaitUntil(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            pause(Duration.ofMillis(50));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
