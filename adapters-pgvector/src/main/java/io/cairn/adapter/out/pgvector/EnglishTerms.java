package io.cairn.adapter.out.pgvector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into the terms BM25 counts: Lucene's EnglishAnalyzer (lower case, English stop words, Porter stemmer),
 * the same analysis the Lucene backend applies, so both backends agree on what a term is.
 */
final class EnglishTerms {

    /** Caps a query like the Lucene backend does; a longer query is almost certainly pasted text. */
    static final int MAX_QUERY_TERMS = 256;

    /** Analyzers are thread-safe: each thread reuses its own token stream. */
    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private static final String FIELD = "body";

    private EnglishTerms() {}

    /** Term frequencies of a chunk, title and text analysed together as one body (as Lucene's body field). */
    static Map<String, Integer> frequencies(String title, String text) {
        var frequencies = new LinkedHashMap<String, Integer>();
        analyze(title + "\n\n" + text, term -> frequencies.merge(term, 1, Integer::sum));
        return frequencies;
    }

    /** The distinct terms of a query, in order of first appearance. */
    static List<String> queryTerms(String query) {
        var terms = new LinkedHashSet<String>();
        analyze(query, term -> {
            if (terms.size() < MAX_QUERY_TERMS) {
                terms.add(term);
            }
        });
        return new ArrayList<>(terms);
    }

    private static void analyze(String text, Consumer<String> sink) {
        try (TokenStream stream = ANALYZER.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze text", e);
        }
    }
}
