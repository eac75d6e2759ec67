package io.cairn.adapter.out.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ports.out.llm.LlmMessage;
import io.cairn.ports.out.llm.LlmRequest;
import java.time.Duration;
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
        // given: a provider that paces its tokens at 5 per second, slower than nothing but faster than the interval
        fake.answerWith(ANSWER).pacedAt(5);
        var listener = new RecordingListener();

        // when
        adapter(Duration.ofMillis(450)).stream(question(), listener);

        // then: fewer events than tokens, and none of them waited for the end of the answer
        int words = ANSWER.split(" ").length;
        assertThat(listener.text()).isEqualTo(ANSWER);
        assertThat(listener.tokens).hasSizeLessThan(words).hasSizeGreaterThan(3);
    }
}
