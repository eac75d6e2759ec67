package io.cairn.adapter.out.jdbc.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.ratelimit.RateLimit;
import io.cairn.ports.out.ratelimit.RateDecision;
import io.cairn.ports.out.ratelimit.RateLimitPort;
import io.cairn.ports.out.ratelimit.RateLimitPortContract;
import io.cairn.ports.out.time.ClockPort;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The PostgreSQL limiter on a real database named by {@code CAIRN_TEST_POSTGRES_URL}: the port's contract, and two
 * limiters on two separately started contexts (two nodes, two pools) sharing one bucket. Runs in a throwaway schema
 * migrated by Flyway, so the table is exactly the one V6 creates.
 */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
class PostgresRateLimitIT extends RateLimitPortContract {

    private static final ClockPort WALL_CLOCK = Instant::now;
    private static ThrowawaySchema schema;
    private static ApplicationContext nodeA;
    private static ApplicationContext nodeB;

    @BeforeAll
    static void start_two_nodes_on_one_schema() {
        schema = ThrowawaySchema.create();
        nodeA = ApplicationContext.run(schema.properties());
        nodeB = ApplicationContext.run(schema.properties());
    }

    @AfterAll
    static void stop() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (schema != null) {
            schema.drop();
        }
    }

    @Override
    protected RateLimitPort newLimiter(ClockPort clock) {
        return new Bucket4jPostgresRateLimitAdapter(pool(nodeA), clock);
    }

    @Test
    void should_share_one_bucket_when_two_nodes_limit_the_same_key() {
        // given
        RateLimitPort first = new Bucket4jPostgresRateLimitAdapter(pool(nodeA), WALL_CLOCK);
        RateLimitPort second = new Bucket4jPostgresRateLimitAdapter(pool(nodeB), WALL_CLOCK);
        String key = "bot:" + UUID.randomUUID();
        RateLimit fourPerHour = RateLimit.perHour(4);
        // when
        List<Boolean> admitted = List.of(
                first.tryTake(key, fourPerHour).allowed(),
                second.tryTake(key, fourPerHour).allowed(),
                first.tryTake(key, fourPerHour).allowed(),
                second.tryTake(key, fourPerHour).allowed());
        RateDecision fifthOnFirst = first.tryTake(key, fourPerHour);
        RateDecision fifthOnSecond = second.tryTake(key, fourPerHour);
        // then
        assertThat(admitted).containsOnly(true);
        assertThat(fifthOnFirst.allowed()).isFalse();
        assertThat(fifthOnSecond.allowed()).isFalse();
        assertThat(fifthOnSecond.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void should_admit_exactly_the_limit_when_two_nodes_race_for_one_bucket() throws Exception {
        // given
        RateLimitPort first = new Bucket4jPostgresRateLimitAdapter(pool(nodeA), WALL_CLOCK);
        RateLimitPort second = new Bucket4jPostgresRateLimitAdapter(pool(nodeB), WALL_CLOCK);
        String key = "organization:" + UUID.randomUUID();
        RateLimit tenPerHour = RateLimit.perHour(10);
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            RateLimitPort node = i % 2 == 0 ? first : second;
            calls.add(() -> node.tryTake(key, tenPerHour).allowed());
        }
        // when
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long admitted;
        try {
            admitted = 0;
            for (Future<Boolean> result : pool.invokeAll(calls)) {
                admitted += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        // then
        assertThat(admitted).isEqualTo(10);
    }

    private static DataSource pool(ApplicationContext node) {
        return node.getBean(DataSourceResolver.class).resolve(node.getBean(DataSource.class));
    }
}
