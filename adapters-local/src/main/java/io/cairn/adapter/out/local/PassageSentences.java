package io.cairn.adapter.out.local;

import io.cairn.domain.answer.Passage;
import io.cairn.domain.chunk.SentenceSplitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sentences of passages worth quoting, each cut verbatim out of its passage's text. The splitter flattens runs
 * of whitespace, so each sentence is located again in the original text rather than trusted as it comes back.
 */
final class PassageSentences {

    /** Headings, list items and table rows do not end like a sentence; they make poor answers on their own. */
    private static final Pattern READABLE_END = Pattern.compile("[.!?][\"')\\]]*$");

    private PassageSentences() {}

    /**
     * Readable sentences of the passages, in the order given, at most {@code limit} of them. A sentence seen in an
     * earlier passage is skipped: neighbouring chunks overlap, and an answer should not quote the same line twice.
     */
    static List<Candidate> of(List<Passage> passages, int minWords, int maxWords, int limit) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Passage passage : passages) {
            int cursor = 0;
            int position = 0;
            for (String sentence : SentenceSplitter.split(passage.text())) {
                Optional<Matcher> found = locate(passage.text(), sentence, cursor);
                if (found.isEmpty()) {
                    continue;
                }
                cursor = found.get().end();
                int words = sentence.split(" ").length;
                if (words >= minWords
                        && words <= maxWords
                        && READABLE_END.matcher(sentence).find()
                        && seen.add(sentence)) {
                    candidates.add(new Candidate(
                            passage.number(), position++, found.get().group()));
                    if (candidates.size() == limit) {
                        return candidates;
                    }
                }
            }
        }
        return candidates;
    }

    private static Optional<Matcher> locate(String text, String sentence, int from) {
        String pattern = Arrays.stream(sentence.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        return matcher.find(from) ? Optional.of(matcher) : Optional.empty();
    }

    /** A sentence quoted from passage {@code passageNumber}, the {@code position}-th candidate taken from it. */
    record Candidate(int passageNumber, int position, String text) {}
}
