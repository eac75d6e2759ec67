package io.cairn.adapter.out.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.chat.TokenUsage;
import io.cairn.ports.out.llm.LlmException;
import io.cairn.ports.out.llm.LlmMessage;
import io.cairn.ports.out.llm.LlmRequest;
import io.cairn.ports.out.llm.LlmStreamListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenCoalescingTest {

    private static final String ANSWER = "We open at nine and close at six on weekdays, and at noon on Saturdays [1].";

    private final FakeOpenAiServer fake = FakeOpenAiServer.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private OpenAiLlmAdapter adapter(Duration flushInterval) {
        return new OpenAiLlmAdapter(
                OpenAiSettings.defaults(fake.baseUrl(), "sk-test", "m").withTokenFlushInterval(flushInterval));
    }

    private static LlmRequest question() {
        return new LlmRequest("", 0.2, 256, List.of(new LlmMessage("user", "When open?")));
    }

    @Test
    void
            should_send_the_first_token_alone_and_gather_the_waiting_rest_when_the_provider_streams_faster_than_the_interval() {
        // given: the provider writes every token at once, well inside one interval
        fake.answerWith(ANSWER);
        var listener = new RecordingListener();

        // when
        adapter(Duration.ofSeconds(2)).stream(question(), listener);

        // then: two events carry the whole answer, the first at once
        assertThat(listener.error).isNull();
        assertThat(listener.text()).isEqualTo(ANSWER);
        assertThat(listener.tokens).hasSize(2);
        assertThat(listener.tokens.get(0)).isEqualTo("We ");
    }

    @Test
    void should_pass_each_token_on_alone_when_the_interval_is_zero() {
        // given
        fake.answerWith(ANSWER);
        var listener = new RecordingListener();

        // when
        adapter(Duration.ZERO).stream(question(), listener);

        // then: one event per streamed word
        assertThat(listener.text()).isEqualTo(ANSWER);
        assertThat(listener.tokens).hasSize(ANSWER.split(" ").length);
    }

    @Test
    void should_deliver_the_gathered_tokens_before_the_error_when_the_stream_breaks() {
        // given: the provider hangs up after five tokens
        fake.cutNextAfter(5, ANSWER);
        var listener = new RecordingListener();

        // when
        adapter(Duration.ofSeconds(2)).stream(question(), listener);

        // then: the visitor keeps all five tokens, then learns of the break
        assertThat(listener.text()).isEqualTo("We open at nine and ");
        assertThat(listener.error).isNotNull();
    }

    @Test
    void should_send_held_tokens_when_their_interval_ends_although_the_provider_has_paused() {
        // given: three tokens at once, then the provider stalls for 3 s before the rest
        fake.answerWith(ANSWER).pausingAfter(3, Duration.ofSeconds(3));
        var listener = new TimedListener();

        // when
        adapter(Duration.ofMillis(300)).stream(question(), listener);

        // then: the two held tokens went out when their interval ended, not with the first token after the stall
        assertThat(String.join("", listener.texts)).isEqualTo(ANSWER);
        assertThat(listener.texts.subList(0, 2)).containsExactly("We ", "open at ");
        assertThat(listener.nanos.get(1) - listener.nanos.get(0))
                .isLessThan(Duration.ofMillis(1500).toNanos());
    }

    /** Records each listener call's text and when it came. */
    private static final class TimedListener implements LlmStreamListener {
        final List<String> texts = new ArrayList<>();
        final List<Long> nanos = new ArrayList<>();

        @Override
        public void onToken(String text) {
            texts.add(text);
            nanos.add(System.nanoTime());
        }

        @Override
        public void onComplete(TokenUsage usage) {}

        @Override
        public void onError(LlmException error) {}
    }
}
