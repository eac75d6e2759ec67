package io.cairn.domain.answer;

import io.cairn.domain.retrieval.RankedChunk;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** A retrieved chunk as shown to the answerer, numbered from 1 so answers can cite it as {@code [n]}. */
public record Passage(int number, RankedChunk ranked) {

    public Passage {
        if (number < 1) {
            throw new IllegalArgumentException("passages are numbered from 1");
        }
        Objects.requireNonNull(ranked);
    }

    public String text() {
        return ranked.chunk().text();
    }

    public String title() {
        return ranked.chunk().title();
    }

    public static List<Passage> number(List<RankedChunk> ranked) {
        return IntStream.range(0, ranked.size())
                .mapToObj(i -> new Passage(i + 1, ranked.get(i)))
                .toList();
    }
}
