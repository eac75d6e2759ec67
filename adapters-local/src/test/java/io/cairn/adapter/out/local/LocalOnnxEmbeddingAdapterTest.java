package io.cairn.adapter.out.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cairn.ports.out.embedding.EmbeddingFailedException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalOnnxEmbeddingAdapterTest {

    private final LocalOnnxEmbeddingAdapter adapter = LocalModels.embedding();

    @Test
    void should_describe_bge_small_when_asked_for_its_model() {
        // when / then
        assertThat(adapter.modelId()).isEqualTo("bge-small-en-v1.5-q");
        assertThat(adapter.dimension()).isEqualTo(384);
        assertThat(adapter.maxInputTokens()).isEqualTo(510);
    }

    @Test
    void should_count_wordpieces_when_text_is_plain() {
        // when / then
        assertThat(adapter.count("hello world")).isEqualTo(2);
        assertThat(adapter.count("Embeddings, tokenizers and you!")).isEqualTo(11);
        assertThat(adapter.count("")).isZero();
    }

    @Test
    void should_embed_when_text_has_exactly_the_input_limit() {
        // given
        String text = textOfTokens(510);

        // when
        List<float[]> vectors = adapter.embedAll(List.of(text));

        // then
        assertThat(adapter.count(text)).isEqualTo(510);
        assertThat(vectors).singleElement().satisfies(v -> assertThat(v).hasSize(384));
    }

    @Test
    void should_refuse_naming_the_count_when_one_text_exceeds_the_input_limit() {
        // given
        String text = textOfTokens(511);

        // when / then
        assertThatThrownBy(() -> adapter.embedAll(List.of("a short one", text)))
                .isInstanceOf(EmbeddingFailedException.class)
                .hasMessageContaining("text 1 has 511 tokens")
                .hasMessageContaining("at most 510");
    }

    @Test
    void should_refuse_when_text_has_no_tokens() {
        // when / then
        assertThatThrownBy(() -> adapter.embedAll(List.of("\u200B")))
                .isInstanceOf(EmbeddingFailedException.class)
                .hasMessageContaining("no tokens");
    }

    @Test
    void should_return_unit_vectors_of_384_dimensions_in_input_order_when_embedding_texts() {
        // given
        List<String> texts = List.of(HelpCentre.BILLING, "A cat sat on the mat.", HelpCentre.EXPORT);

        // when
        List<float[]> vectors = adapter.embedAll(texts);

        // then
        assertThat(vectors).hasSize(3).allSatisfy(v -> {
            assertThat(v).hasSize(384);
            assertThat(Math.sqrt(Vectors.dot(v, v))).isCloseTo(1.0, within(1e-5));
        });
        assertThat(vectors.get(1))
                .containsExactly(adapter.embedAll(List.of(texts.get(1))).get(0), within(1e-5f));
    }

    @Test
    void should_return_nothing_when_there_is_nothing_to_embed() {
        // when / then
        assertThat(adapter.embedAll(List.of())).isEmpty();
    }

    @Test
    void should_embed_a_query_as_written_without_an_instruction() {
        // given
        String query = "How do I reset my password?";

        // when
        float[] vector = adapter.embedQuery(query);

        // then
        assertThat(vector).containsExactly(adapter.embedAll(List.of(query)).get(0), within(1e-5f));
        float[] instructed = adapter.embedAll(
                        List.of("Represent this sentence for searching relevant passages: " + query))
                .get(0);
        assertThat(Vectors.dot(vector, instructed)).isLessThan(0.999);
    }

    @Test
    void should_place_a_query_closer_to_a_relevant_passage_than_to_unrelated_ones() {
        // given
        float[] query = adapter.embedQuery("How do I reset my password?");
        List<float[]> passages =
                adapter.embedAll(List.of(HelpCentre.PASSWORD_RESET, HelpCentre.BILLING, HelpCentre.EXPORT));

        // when
        double relevant = Vectors.cosine(query, passages.get(0));

        // then
        assertThat(relevant)
                .isGreaterThan(Vectors.cosine(query, passages.get(1)) + 0.1)
                .isGreaterThan(Vectors.cosine(query, passages.get(2)) + 0.1);
    }

    /** Ordinary English, one token per word, cut to exactly {@code tokens} wordpieces. */
    private String textOfTokens(int tokens) {
        String[] words = "the user opened the settings page and changed the email address".split(" ");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            text.append(words[i % words.length]).append(' ');
        }
        return text.toString().strip();
    }
}
