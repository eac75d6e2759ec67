package io.cairn.adapter.out.local;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How many of a question's content words a sentence shares, as a fraction: a tie-breaker next to embeddings. */
final class LexicalOverlap {

    private static final Set<String> STOPWORDS = Set.of(
            "a", "about", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can",
            "could", "did", "do", "does", "for", "from", "get", "had", "has", "have", "how", "i", "if", "in", "into",
            "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "should", "so", "that", "the", "their",
            "them", "then", "there", "these", "they", "this", "to", "up", "was", "we", "were", "what", "when", "where",
            "which", "who", "why", "will", "with", "would", "you", "your");

    private final Set<String> questionTerms;

    LexicalOverlap(String question) {
        this.questionTerms = terms(question);
    }

    /** The share of the question's content words found in the sentence, from 0 to 1. */
    double score(String sentence) {
        if (questionTerms.isEmpty()) {
            return 0;
        }
        Set<String> sentenceTerms = terms(sentence);
        long shared = questionTerms.stream().filter(sentenceTerms::contains).count();
        return (double) shared / questionTerms.size();
    }

    static Set<String> terms(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1 && !STOPWORDS.contains(w))
                .map(LexicalOverlap::stem)
                .collect(Collectors.toSet());
    }

    // Just enough stemming for "resetting" to meet "reset" and "passwords" to meet "password"; both sides get it.
    static String stem(String word) {
        String w = word;
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
            w = w.substring(0, n - 1);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
