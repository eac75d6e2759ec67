package io.cairn.adapter.out.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ports.out.llm.LlmBusyException;
import io.cairn.ports.out.llm.LlmMessage;
import io.cairn.ports.out.llm.LlmRequest;
import io.cairn.ports.out.llm.LlmTimeoutException;
import io.cairn.ports.out.llm.LlmUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiLlmAdapterTest {

    private final FakeOpenAiServer fake = FakeOpenAiServer.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private OpenAiSettings settings(int maxAttempts, int maxConcurrentCalls) {
        return new OpenAiSettings(
                fake.baseUrl(),
                "sk-test-key",
                "default-model",
                Duration.ofSeconds(1),
                // Generous enough that a loaded build machine never times out a prompt answer by accident; the
                // timeout test's provider waits 4 s.
                Duration.ofMillis(1500),
                Duration.ofSeconds(2),
                maxAttempts,
                Duration.ofMillis(10),
                Duration.ofSeconds(2),
                5,
                Duration.ofSeconds(30),
                maxConcurrentCalls,
                Duration.ZERO);
    }

    private static LlmRequest question(String model) {
        return new LlmRequest(
                model, 0.2, 256, List.of(new LlmMessage("system", "rules"), new LlmMessage("user", "When open?")));
    }

    @Test
    void should_count_tokens_with_the_models_own_tokenizer_when_budgeting_a_prompt() {
        // given
        var adapter = new OpenAiLlmAdapter(settings(3, 4));
        // when
        int words = adapter.countTokens("Opening hours are 9 to 5.");
        int longWord = adapter.countTokens("antidisestablishmentarianism");
        // then: BPE tokens, neither characters nor words
        assertThat(words).isBetween(6, 9);
        assertThat(longWord).isGreaterThan(1).isLessThan("antidisestablishmentarianism".length());
        assertThat(adapter.countTokens("")).isZero();
    }

    @Test
    void should_stream_the_answer_and_send_the_model_settings_when_the_provider_is_healthy() {
        // given
        var adapter = new OpenAiLlmAdapter(settings(3, 4));
        fake.answerWith("We open at nine [1].");
        var listener = new RecordingListener();

        // when
        adapter.stream(question(""), listener);

        // then
        assertThat(listener.text()).isEqualTo("We open at nine [1].");
        assertThat(listener.tokens).hasSizeGreaterThan(1);
        assertThat(listener.error).isNull();
        assertThat(listener.usage.promptTokens()).isEqualTo(42);
        assertThat(fake.requests().get(0))
                .contains("\"model\":\"default-model\"", "\"max_tokens\":256", "\"stream\":true", "When open?");
    }

    @Test
    void should_retry_after_the_asked_delay_and_answer_when_the_provider_answers_429_with_retry_after() {
        // given
        var adapter = new OpenAiLlmAdapter(settings(3, 4));
        fake.failNext(1, 429, Optional.of(1)).answerWith("Answer after a pause.");
        var listener = new RecordingListener();
        long start = System.nanoTime();

        // when
        adapter.stream(question("gpt-x"), listener);

        // then
        assertThat(listener.error).isNull();
        assertThat(listener.text()).isEqualTo("Answer after a pause.");
        assertThat(fake.requests()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void should_report_unavailable_when_every_attempt_gets_500() {
        // given
        var adapter = new OpenAiLlmAdapter(settings(3, 4));
        fake.failNext(3, 500, Optional.empty()).answerWith("Never reached.");
        var listener = new RecordingListener();

        // when
        adapter.stream(question(""), listener);

        // then
        assertThat(listener.error).isInstanceOf(LlmUnavailableException.class);
        assertThat(listener.error.getMessage()).contains("500");
        assertThat(listener.tokens).isEmpty();
        assertThat(fake.requests()).hasSize(3);
    }

    @Test
    void should_fail_fast_as_unavailable_when_five_calls_in_a_row_got_500() {
        // given
        var adapter = new OpenAiLlmAdapter(settings(1, 4));
        fake.failNext(5, 500, Optional.empty());
        for (int i = 0; i < 5; i++) {
            var failed = new RecordingListener();
            adapter.stream(question(""), failed);
            assertThat(failed.error).isInstanceOf(LlmUnavailableException.class);
        }
        var listener = new RecordingListener();

        // when
        adapter.stream(question(""), listener);

        // then: refused without calling the provider (no sixth request), however slow the machine is
        assertThat(listener.error).isInstanceOf(LlmUnavailableException.class);
        assertThat(listener.error.getMessage()).contains("circuit open");
        assertThat(fake.requests()).hasSize(5);
    }

    @Test
    void should_report_a_timeout_when_no_first_token_arrives_within_the_limit() {
        // given
        var adapter = new OpenAiLlmAdapter(settings(2, 4));
        fake.answerSlowly("Too late.", Duration.ofSeconds(4));
        var listener = new RecordingListener();

        // when
        adapter.stream(question(""), listener);

        // then
        assertThat(listener.error).isInstanceOf(LlmTimeoutException.class);
        assertThat(listener.tokens).isEmpty();
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void should_keep_the_delivered_tokens_and_report_an_error_without_retrying_when_the_stream_is_cut() {
        // given
        var adapter = new OpenAiLlmAdapter(settings(3, 4));
        fake.cutNextAfter(3, "One two three four five.");
        var listener = new RecordingListener();

        // when
        adapter.stream(question(""), listener);

        // then
        assertThat(listener.text()).isEqualTo("One two three ");
        assertThat(listener.error).isNotNull();
        assertThat(listener.usage).isNull();
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void should_refuse_at_once_as_busy_when_the_bulkhead_is_full() {
        // given
        var adapter = new OpenAiLlmAdapter(settings(1, 1));
        fake.answerSlowly("Slow answer.", Duration.ofMillis(1000));
        var first = new RecordingListener();
        var inFlight = CompletableFuture.runAsync(() -> adapter.stream(question(""), first));
        awaitRequests(1);
        var second = new RecordingListener();

        // when
        adapter.stream(question(""), second);

        // then
        assertThat(second.error).isInstanceOf(LlmBusyException.class);
        inFlight.join();
        assertThat(first.text()).isEqualTo("Slow answer.");
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void should_not_retry_when_the_provider_rejects_the_request() {
        // given
        var adapter = new OpenAiLlmAdapter(settings(3, 4));
        fake.failNext(1, 401, Optional.empty());
        var listener = new RecordingListener();

        // when
        adapter.stream(question(""), listener);

        // then
        assertThat(listener.error).isNotNull().isNotInstanceOf(LlmUnavailableException.class);
        assertThat(listener.error.getMessage()).contains("401");
        assertThat(fake.requests()).hasSize(1);
    }

    private void awaitRequests(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (fake.requests().size() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
