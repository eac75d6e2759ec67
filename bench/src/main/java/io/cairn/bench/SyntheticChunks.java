package io.cairn.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Benchmark 2's corpus: short synthetic chunks of 8 to 12 words (about 14 model tokens) drawn, with their corpus frequencies, from the
 * SciFact vocabulary (read in place, never copied). Seeded, so the same arguments always give the same texts and
 * the embedding cache stays valid.
 */
final class SyntheticChunks {

    static final long SEED = 8_2L;
    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 12;

    private SyntheticChunks() {}

    /** The first {@code count} chunk texts; a smaller count is a prefix of a larger one. */
    static List<String> generate(Path corpus, int count) throws IOException {
        List<String> words = wordsByFrequency(corpus);
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> texts = new ArrayList<>(count);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.setLength(0);
            int length = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
            for (int w = 0; w < length; w++) {
                text.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            texts.add(text.append('.').toString());
        }
        return texts;
    }

    /** Every word occurrence of the corpus: sampling uniformly from it samples words by their frequency. */
    private static List<String> wordsByFrequency(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> interned = new HashMap<>();
        List<String> occurrences = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String text = json.readTree(line).path("text").asText("");
                for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                    if (word.length() >= 2) {
                        occurrences.add(interned.computeIfAbsent(word, w -> w));
                    }
                }
            }
        }
        if (occurrences.isEmpty()) {
            throw new IllegalArgumentException("no words in " + corpus);
        }
        return occurrences;
    }

    /** The first {@code count} SciFact queries (claims), the benchmark's query set. */
    static List<String> queries(Path queries, int count) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(queries, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && texts.size() < count; line = in.readLine()) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).path("text").asText());
                }
            }
        }
        return texts;
    }
}
