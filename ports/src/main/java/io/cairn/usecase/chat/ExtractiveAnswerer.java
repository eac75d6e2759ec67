package io.cairn.usecase.chat;

import io.cairn.domain.answer.Passage;
import io.cairn.domain.chat.TokenUsage;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.out.answer.ExtractedSentence;
import io.cairn.ports.out.answer.ExtractiveAnswerPort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers with sentences quoted from the passages, each followed by the marker of its passage; invents nothing. */
final class ExtractiveAnswerer {

    static final String MODE = "extractive";
    private final ExtractiveAnswerPort extractor;

    ExtractiveAnswerer(ExtractiveAnswerPort extractor) {
        this.extractor = extractor;
    }

    /** Empty when no sentence of the passages answers the question. */
    Optional<Produced> answer(String question, List<Passage> passages, AnswerListener listener) {
        List<ExtractedSentence> sentences = extractor.extract(question, passages);
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        Map<Integer, String> snippets = new LinkedHashMap<>();
        for (ExtractedSentence s : sentences) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(s.text()).append(" [").append(s.passageNumber()).append(']');
            snippets.putIfAbsent(s.passageNumber(), s.text());
        }
        TokenStream.emit(text.toString(), listener);
        return Optional.of(new Produced(text.toString(), MODE, TokenUsage.none(), snippets, false));
    }
}
