package io.cairn.adapter.out.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ResilienceTest {

    private final OpenAiSettings settings = new OpenAiSettings(
            URI.create("http://127.0.0.1:1"),
            "sk-test",
            "default-model",
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            1,
            Duration.ofMillis(10),
            Duration.ofSeconds(1),
            5,
            Duration.ofSeconds(30),
            4,
            Duration.ZERO);

    @Test
    void should_keep_the_model_on_when_answers_stream_for_minutes() {
        // given
        CircuitBreaker breaker = Resilience.circuitBreaker(settings);
        // when: five answers in a row that each streamed for two minutes, and succeeded
        for (int i = 0; i < 5; i++) {
            breaker.onSuccess(TimeUnit.MINUTES.toNanos(2), TimeUnit.NANOSECONDS);
        }
        // then
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.tryAcquirePermission()).isTrue();
    }

    @Test
    void should_switch_the_model_off_when_five_calls_in_a_row_failed() {
        // given
        CircuitBreaker breaker = Resilience.circuitBreaker(settings);
        // when
        for (int i = 0; i < 5; i++) {
            breaker.onError(1, TimeUnit.MILLISECONDS, new IllegalStateException("503"));
        }
        // then
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }
}
