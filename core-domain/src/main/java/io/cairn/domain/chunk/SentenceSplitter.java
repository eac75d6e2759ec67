package io.cairn.domain.chunk;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into sentences with the JDK's locale-aware break rules, keeping paragraph breaks as boundaries. */
public final class SentenceSplitter {

    private SentenceSplitter() {}

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        paragraphs(text).forEach(sentences::addAll);
        return sentences;
    }

    /** The sentences of each paragraph (paragraphs are separated by blank lines); empty paragraphs are dropped. */
    public static List<List<String>> paragraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        // \p{Z} too: non-breaking and other Unicode spaces are whitespace to a reader, though not to \s or strip().
        for (String paragraph : text.split("\\n[\\s\\p{Z}]*\\n")) {
            String flat = paragraph.replaceAll("[\\s\\p{Z}]+", " ").strip();
            if (!flat.isEmpty()) {
                paragraphs.add(sentencesOf(flat));
            }
        }
        return paragraphs;
    }

    private static List<String> sentencesOf(String flat) {
        List<String> sentences = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(flat);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String sentence = flat.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
