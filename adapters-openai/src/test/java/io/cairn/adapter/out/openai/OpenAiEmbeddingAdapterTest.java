package io.cairn.adapter.out.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.ports.out.embedding.EmbeddingFailedException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiEmbeddingAdapterTest {

    private final FakeOpenAiServer provider = FakeOpenAiServer.start();

    @AfterEach
    void stop() {
        provider.close();
    }

    private OpenAiEmbeddingAdapter adapter(URI baseUrl, int dimension) {
        return new OpenAiEmbeddingAdapter(new OpenAiEmbeddingSettings(
                baseUrl, "sk-test", "text-embedding-3-small", dimension, 8191, Duration.ofSeconds(5)));
    }

    @Test
    void should_return_one_vector_per_text_in_order_across_batches_when_embedding_many_texts() {
        // given
        var embedding = adapter(provider.baseUrl(), 16);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < OpenAiEmbeddingAdapter.BATCH + 5; i++) {
            texts.add("passage number " + i);
        }
        // when
        List<float[]> vectors = embedding.embedAll(texts);
        // then
        assertThat(vectors).hasSize(texts.size()).allSatisfy(v -> assertThat(v).hasSize(16));
        assertThat(vectors.get(130)).containsExactly(embedding.embedQuery("passage number 130"));
        assertThat(provider.requests()).hasSize(3);
        assertThat(provider.requests().get(0)).contains("\"dimensions\":16").contains("text-embedding-3-small");
        assertThat(embedding.modelId()).isEqualTo("openai:text-embedding-3-small:16");
    }

    @Test
    void should_send_a_batch_again_when_the_endpoint_is_overloaded_for_a_moment() {
        // given: a 429 asking for no wait, then a 503
        var embedding = adapter(provider.baseUrl(), 16);
        provider.failNextEmbeddings(1, 429, Optional.of(0)).failNextEmbeddings(1, 503, Optional.empty());
        // when
        List<float[]> vectors = embedding.embedAll(List.of("opening hours", "refunds"));
        // then: the third request was answered, and its vectors are the ones an undisturbed call gives
        assertThat(provider.requests()).hasSize(3);
        assertThat(vectors.get(1)).containsExactly(embedding.embedQuery("refunds"));
    }

    @Test
    void should_give_up_after_the_configured_attempts_when_the_endpoint_keeps_failing() {
        // given
        var embedding = new OpenAiEmbeddingAdapter(new OpenAiEmbeddingSettings(
                provider.baseUrl(),
                "sk-test",
                "text-embedding-3-small",
                16,
                8191,
                Duration.ofSeconds(5),
                2,
                Duration.ofMillis(1),
                Duration.ofMillis(5)));
        provider.failNextEmbeddings(5, 500, Optional.empty());
        // when / then
        assertThatThrownBy(() -> embedding.embedAll(List.of("hello")))
                .isInstanceOf(EmbeddingFailedException.class)
                .hasMessageContaining("500");
        assertThat(provider.requests()).hasSize(2);
    }

    @Test
    void should_not_retry_when_the_endpoint_refuses_the_request() {
        // given: a bad key is refused the same way every time
        var embedding = adapter(provider.baseUrl(), 16);
        provider.failNextEmbeddings(1, 401, Optional.empty());
        // when / then
        assertThatThrownBy(() -> embedding.embedAll(List.of("hello")))
                .isInstanceOf(EmbeddingFailedException.class)
                .hasMessageContaining("401");
        assertThat(provider.requests()).hasSize(1);
    }

    @Test
    void should_count_tokens_as_openai_embedding_models_do() {
        var embedding = adapter(provider.baseUrl(), 16);
        assertThat(embedding.count("Opening hours are 9 to 5.")).isBetween(6, 9);
    }

    @Test
    void should_fail_with_the_ports_exception_when_the_endpoint_is_unreachable() {
        var embedding = adapter(URI.create("http://127.0.0.1:9/v1"), 16);
        assertThatThrownBy(() -> embedding.embedAll(List.of("hello"))).isInstanceOf(EmbeddingFailedException.class);
    }
}
