package io.cairn.adapter.out.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/** The WordPiece vocabulary of a tokenizer.json, and the greedy longest-match-first split it applies to one word. */
final class WordPieceVocabulary {

    private static final String CONTINUATION = "##";

    private final Set<String> pieces;
    private final int longestPiece;
    private final int maxCharsPerWord;

    private WordPieceVocabulary(Set<String> pieces, int maxCharsPerWord) {
        this.pieces = Set.copyOf(pieces);
        this.longestPiece = pieces.stream()
                .mapToInt(p -> p.startsWith(CONTINUATION) ? p.length() - CONTINUATION.length() : p.length())
                .max()
                .orElse(0);
        this.maxCharsPerWord = maxCharsPerWord;
    }

    static WordPieceVocabulary of(JsonNode model) {
        if (!"WordPiece".equals(model.path("type").asText())
                || !CONTINUATION.equals(model.path("continuing_subword_prefix").asText())
                || !model.path("max_input_chars_per_word").canConvertToInt()) {
            throw new IllegalStateException("not a WordPiece model with the ## prefix: " + model.path("type"));
        }
        Set<String> pieces = new HashSet<>();
        for (Iterator<String> it = model.path("vocab").fieldNames(); it.hasNext(); ) {
            pieces.add(it.next());
        }
        return new WordPieceVocabulary(
                pieces, model.path("max_input_chars_per_word").asInt());
    }

    /** How many pieces a normalised word splits into; a word that cannot be split, or is too long, is one [UNK]. */
    int count(String word) {
        int length = word.length();
        if (length == 0) {
            return 0;
        }
        if (length > maxCharsPerWord) {
            return 1;
        }
        int count = 0;
        for (int start = 0; start < length; count++) {
            int end = Math.min(length, start + longestPiece);
            while (end > start && !pieces.contains(piece(word, start, end))) {
                end--;
            }
            if (end == start) {
                return 1;
            }
            start = end;
        }
        return count;
    }

    private static String piece(String word, int start, int end) {
        return start == 0 ? word.substring(0, end) : CONTINUATION + word.substring(start, end);
    }
}
