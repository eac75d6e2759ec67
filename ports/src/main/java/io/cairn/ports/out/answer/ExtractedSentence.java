package io.cairn.ports.out.answer;

import java.util.Objects;

/** A sentence quoted word for word from a passage, with that passage's number. */
public record ExtractedSentence(int passageNumber, String text, double score) {

    public ExtractedSentence {
        Objects.requireNonNull(text);
    }
}
