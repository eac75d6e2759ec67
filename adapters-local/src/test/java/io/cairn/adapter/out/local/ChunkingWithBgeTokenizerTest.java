package io.cairn.adapter.out.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.chunk.Chunk;
import io.cairn.domain.chunk.Chunker;
import io.cairn.domain.chunk.ChunkingPolicy;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The product rule: no chunk exceeds the embedding model's input limit, and nothing is silently dropped. */
class ChunkingWithBgeTokenizerTest {

    private static final String DOCUMENT = MessyDocument.text();
    private final LocalOnnxEmbeddingAdapter embedding = LocalModels.embedding();

    static Stream<ChunkingPolicy> policies() {
        return Stream.of(ChunkingPolicy.defaults(), new ChunkingPolicy(510, 64));
    }

    @ParameterizedTest
    @MethodSource("policies")
    void should_keep_every_chunk_within_the_model_limit_when_chunking_a_messy_document(ChunkingPolicy policy) {
        // given
        Chunker chunker = new Chunker(embedding, policy);

        // when
        List<Chunk> chunks = chunker.chunk(DOCUMENT);

        // then
        assertThat(DOCUMENT.split("\\s+")).hasSizeGreaterThan(4000);
        assertThat(chunks).hasSizeGreaterThan(5).allSatisfy(chunk -> {
            int tokens = embedding.count(chunk.text());
            assertThat(tokens).isEqualTo(chunk.tokenCount());
            assertThat(tokens).isLessThanOrEqualTo(policy.maxTokens()).isLessThanOrEqualTo(embedding.maxInputTokens());
        });
    }

    @ParameterizedTest
    @MethodSource("policies")
    void should_embed_every_chunk_when_chunks_come_from_the_chunker(ChunkingPolicy policy) {
        // given
        List<String> texts = new Chunker(embedding, policy)
                .chunk(DOCUMENT).stream().map(Chunk::text).toList();

        // when
        List<float[]> vectors = embedding.embedAll(texts);

        // then
        assertThat(vectors).hasSameSizeAs(texts).allSatisfy(v -> assertThat(v).hasSize(384));
    }

    @ParameterizedTest
    @MethodSource("policies")
    void should_keep_every_word_in_order_when_chunking_a_messy_document(ChunkingPolicy policy) {
        // given
        Chunker chunker = new Chunker(embedding, policy);

        // when
        List<Chunk> chunks = chunker.chunk(DOCUMENT);

        // then
        assertCoversInOrder(DOCUMENT, chunks);
        Set<String> chunkWords = new HashSet<>();
        chunks.forEach(c -> chunkWords.addAll(Arrays.asList(c.text().split("\\s+"))));
        for (String word : DOCUMENT.split("\\s+")) {
            if (embedding.count(word) <= policy.maxTokens()) {
                assertThat(chunkWords)
                        .as("whole word of %d characters", word.length())
                        .contains(word);
            }
        }
    }

    @Test
    void should_never_split_a_surrogate_pair_when_cutting_a_giant_word() {
        // given
        String document = "Emoji soup: " + "\uD83D\uDE00-".repeat(1000) + " the end.";

        // when
        List<Chunk> chunks = new Chunker(embedding, ChunkingPolicy.defaults()).chunk(document);

        // then
        assertCoversInOrder(document, chunks);
        for (Chunk chunk : chunks) {
            assertThat(loneSurrogateAt(chunk.text()))
                    .as("lone surrogate in chunk %d", chunk.ordinal())
                    .isNegative();
        }
    }

    /**
     * Each chunk, read without whitespace, must occur in the document no later than where the previous chunks
     * ended (overlap is fine, a gap is not), and together they must reach the end: every character, in order. The
     * latest such occurrence is taken, since the document repeats itself.
     */
    private static void assertCoversInOrder(String document, List<Chunk> chunks) {
        String stream = document.replaceAll("\\s+", "");
        int start = 0;
        int covered = 0;
        for (Chunk chunk : chunks) {
            String piece = chunk.text().replaceAll("\\s+", "");
            int at = stream.lastIndexOf(piece, covered);
            assertThat(at)
                    .as("chunk %d continues where the previous ones ended", chunk.ordinal())
                    .isGreaterThanOrEqualTo(start);
            covered = Math.max(covered, at + piece.length());
            start = at;
        }
        assertThat(covered).as("characters covered").isEqualTo(stream.length());
    }

    private static int loneSurrogateAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!paired) {
                return i;
            }
        }
        return -1;
    }
}
