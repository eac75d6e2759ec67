package io.cairn.ports.out.answer;

import io.cairn.domain.answer.Passage;
import java.util.List;

/** Driven port: picks the sentences of the passages that best answer a question, without writing any text. */
public interface ExtractiveAnswerPort {

    /** The chosen sentences, in reading order; empty when none is relevant enough. */
    List<ExtractedSentence> extract(String question, List<Passage> passages);
}
