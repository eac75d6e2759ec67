package io.cairn.domain.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    /** One token per whitespace-separated word. */
    private static final TokenCounter WORDS =
            text -> text.isBlank() ? 0 : text.strip().split("\\s+").length;

    /** Like a sub-word tokenizer: a word costs one token per four characters, so a giant word is many tokens. */
    private static final TokenCounter SUBWORDS =
            text -> Arrays.stream(text.strip().split("\\s+"))
                    .filter(w -> !w.isEmpty())
                    .mapToInt(w -> (w.length() + 3) / 4)
                    .sum();

    @Test
    void should_return_no_chunks_when_text_is_empty() {
        // given
        Chunker chunker = new Chunker(WORDS, new ChunkingPolicy(20, 6));
        // when
        List<Chunk> fromEmpty = chunker.chunk("");
        List<Chunk> fromBlank = chunker.chunk("  \n\n \t ");
        // then
        assertThat(fromEmpty).isEmpty();
        assertThat(fromBlank).isEmpty();
    }

    @Test
    void should_return_one_chunk_with_the_whole_text_when_it_fits() {
        // given
        Chunker chunker = new Chunker(WORDS, new ChunkingPolicy(20, 6));
        // when
        List<Chunk> chunks = chunker.chunk("Refunds are accepted within 30 days. Contact support to start one.");
        // then
        assertThat(chunks).hasSize(1);
        assertThat(chunks.get(0).text())
                .isEqualTo("Refunds are accepted within 30 days. Contact support to start one.");
        assertThat(chunks.get(0).tokenCount()).isEqualTo(11);
    }

    @Test
    void should_cut_only_between_sentences_when_every_sentence_fits() {
        // given
        List<String> sentences = sentences(30, 5);
        Chunker chunker = new Chunker(WORDS, new ChunkingPolicy(20, 6));
        // when
        List<Chunk> chunks = chunker.chunk(String.join(" ", sentences));
        // then
        assertThat(chunks).hasSizeGreaterThan(1);
        for (Chunk chunk : chunks) {
            assertThat(sentences).containsAll(SentenceSplitter.split(chunk.text()));
            assertThat(chunk.text()).endsWith(".");
        }
    }

    @Test
    void should_start_each_chunk_with_the_last_sentence_of_the_previous_when_overlap_is_set() {
        // given
        List<String> sentences = sentences(30, 5);
        Chunker chunker = new Chunker(WORDS, new ChunkingPolicy(20, 6));
        // when
        List<Chunk> chunks = chunker.chunk(String.join(" ", sentences));
        // then
        assertThat(chunks).hasSizeGreaterThan(2);
        for (int i = 1; i < chunks.size(); i++) {
            List<String> previous = SentenceSplitter.split(chunks.get(i - 1).text());
            assertThat(chunks.get(i).text()).startsWith(previous.get(previous.size() - 1));
        }
    }

    @Test
    void should_share_no_words_between_chunks_when_overlap_is_zero() {
        // given
        List<String> sentences = sentences(30, 5);
        Chunker chunker = new Chunker(WORDS, new ChunkingPolicy(20, 0));
        // when
        List<Chunk> chunks = chunker.chunk(String.join(" ", sentences));
        // then
        assertThat(words(chunks.stream().map(Chunk::text).collect(Collectors.joining(" "))))
                .containsExactlyElementsOf(words(String.join(" ", sentences)));
    }

    @Test
    void should_never_exceed_max_tokens_when_sentences_vary_in_length() {
        // given
        String text = String.join(" ", sentences(10, 3))
                + " " + runOnSentence("long", 75)
                + "\n\n" + String.join(" ", sentences(10, 13))
                + " " + runOnSentence("longer", 41);
        ChunkingPolicy policy = new ChunkingPolicy(20, 6);
        // when
        List<Chunk> chunks = new Chunker(WORDS, policy).chunk(text);
        // then
        assertThat(chunks).isNotEmpty().allSatisfy(chunk -> {
            assertThat(WORDS.count(chunk.text())).isLessThanOrEqualTo(policy.maxTokens());
            assertThat(chunk.tokenCount()).isEqualTo(WORDS.count(chunk.text()));
        });
    }

    @Test
    void should_keep_every_word_in_order_when_overlap_is_removed() {
        // given
        String text = String.join(" ", sentences(12, 4))
                + " " + runOnSentence("runon", 57)
                + "\n\n" + String.join(" ", sentences(15, 7));
        // when
        List<Chunk> chunks = new Chunker(WORDS, new ChunkingPolicy(20, 8)).chunk(text);
        // then
        assertThat(withoutOverlap(chunks)).containsExactlyElementsOf(words(text));
    }

    @Test
    void should_number_chunks_from_zero_in_reading_order_when_text_has_many_chunks() {
        // given
        String text = String.join(" ", sentences(20, 6));
        // when
        List<Chunk> chunks = new Chunker(WORDS, new ChunkingPolicy(20, 6)).chunk(text);
        // then
        assertThat(chunks)
                .extracting(Chunk::ordinal)
                .containsExactlyElementsOf(
                        IntStream.range(0, chunks.size()).boxed().toList());
    }

    @Test
    void should_split_a_giant_word_and_lose_no_character_when_it_has_no_spaces() {
        // given
        String giant = IntStream.range(0, 5_000)
                .mapToObj(i -> String.valueOf((char) ('a' + i % 26)))
                .collect(Collectors.joining());
        ChunkingPolicy policy = new ChunkingPolicy(64, 8);
        // when
        List<Chunk> chunks = new Chunker(SUBWORDS, policy).chunk(giant);
        // then
        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks)
                .allSatisfy(chunk -> assertThat(SUBWORDS.count(chunk.text())).isLessThanOrEqualTo(policy.maxTokens()));
        assertThat(chunks.stream().map(Chunk::text).collect(Collectors.joining()))
                .isEqualTo(giant);
    }

    @Test
    void should_keep_the_surrounding_sentences_when_a_giant_word_sits_between_them() {
        // given
        String giant = "x".repeat(5_000);
        String text = "Before the blob. " + giant + " After the blob.";
        ChunkingPolicy policy = new ChunkingPolicy(64, 8);
        // when
        List<Chunk> chunks = new Chunker(SUBWORDS, policy).chunk(text);
        // then
        String all = chunks.stream().map(Chunk::text).collect(Collectors.joining(" "));
        assertThat(all).startsWith("Before the blob.").endsWith("After the blob.");
        assertThat(all.chars().filter(c -> c == 'x').count()).isEqualTo(5_000);
        assertThat(chunks)
                .allSatisfy(chunk -> assertThat(SUBWORDS.count(chunk.text())).isLessThanOrEqualTo(policy.maxTokens()));
    }

    /** {@code count} sentences of {@code length} words each; every word is unique so order can be checked. */
    private static List<String> sentences(int count, int length) {
        String tag = "S" + length + "n";
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int sentence = i;
            out.add(IntStream.range(0, length)
                            .mapToObj(w -> tag + sentence + "w" + w)
                            .collect(Collectors.joining(" "))
                    + ".");
        }
        return out;
    }

    private static String runOnSentence(String tag, int length) {
        return IntStream.range(0, length).mapToObj(w -> tag + w).collect(Collectors.joining(" ")) + ".";
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }

    /** Concatenates the chunks' words, dropping the longest prefix of each chunk that repeats the previous tail. */
    private static List<String> withoutOverlap(List<Chunk> chunks) {
        List<String> merged = new ArrayList<>();
        for (Chunk chunk : chunks) {
            List<String> next = words(chunk.text());
            int overlap = 0;
            for (int k = Math.min(merged.size(), next.size()); k > 0; k--) {
                if (merged.subList(merged.size() - k, merged.size()).equals(next.subList(0, k))) {
                    overlap = k;
                    break;
                }
            }
            merged.addAll(next.subList(overlap, next.size()));
        }
        return merged;
    }
}
