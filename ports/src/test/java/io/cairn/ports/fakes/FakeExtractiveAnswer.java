package io.cairn.ports.fakes;

import io.cairn.domain.answer.Passage;
import io.cairn.domain.chunk.SentenceSplitter;
import io.cairn.ports.out.answer.ExtractedSentence;
import io.cairn.ports.out.answer.ExtractiveAnswerPort;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Picks the sentence sharing the most words with the question, verbatim. */
public class FakeExtractiveAnswer implements ExtractiveAnswerPort {

    @Override
    public List<ExtractedSentence> extract(String question, List<Passage> passages) {
        Set<String> q = new HashSet<>(Arrays.asList(FakeEmbedding.words(question)));
        ExtractedSentence best = null;
        for (Passage p : passages) {
            for (String s : SentenceSplitter.split(p.text())) {
                long shared = Arrays.stream(FakeEmbedding.words(s))
                        .filter(w -> w.length() > 3 && q.contains(w))
                        .count();
                if (shared > 0 && (best == null || shared > best.score())) {
                    best = new ExtractedSentence(p.number(), s, shared);
                }
            }
        }
        return best == null ? List.of() : List.of(best);
    }
}
