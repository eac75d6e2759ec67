package io.cairn.adapter.out.lucene;

import io.cairn.ports.out.index.IndexScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Builds queries that can only match inside one scope: kNN pre-filtered by it, BM25 with filter clauses. */
final class ScopedQueries {

    /**
     * The graph search's beam: it gathers at least this many candidates, and {@link #BEAM_PER_RESULT} per result asked
     * for, and the caller keeps (and reads the hit column of) only the best {@code limit}. A beam of only 10 found
     * 0.65 of the exact top 10 at 100,000 chunks in 37 segments; in one merged segment a beam of 100 for hybrid's 100
     * candidates gave hybrid 0.876 of the exact fused top 10, and a beam of 300 gave 0.953 on one graph and 0.943 on
     * another build of the same chunks (a graph's quality varies with how the writes were flushed): 4 per result leaves
     * room for that (docs/benchmarks.md, benchmark 2).
     */
    static final int MIN_CANDIDATES = 300;

    static final int BEAM_PER_RESULT = 4;

    /** One clause per term keeps a query far below BooleanQuery's 1024-clause limit. */
    static final int MAX_TERMS = 256;

    private final Analyzer analyzer;

    ScopedQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    static Query scope(IndexScope scope) {
        return new BooleanQuery.Builder()
                .add(
                        new TermQuery(new Term(
                                ChunkDocuments.ORGANIZATION,
                                scope.organizationId().toString())),
                        Occur.FILTER)
                .add(new TermQuery(new Term(ChunkDocuments.BOT, scope.botId().toString())), Occur.FILTER)
                .build();
    }

    /** The filter is applied while the graph is searched, so the k nearest are k chunks of this scope. */
    static Query nearest(IndexScope scope, float[] vector, int limit) {
        int beam = Math.max(MIN_CANDIDATES, Math.multiplyExact(limit, BEAM_PER_RESULT));
        return new KnnFloatVectorQuery(ChunkDocuments.VECTOR, vector, beam, scope(scope));
    }

    /** Lucene scores COSINE, and DOT_PRODUCT of unit vectors, as (1 + cos) / 2; the port promises the cosine itself. */
    static double cosineOf(double luceneScore) {
        return 2.0 * luceneScore - 1.0;
    }

    Optional<Query> keyword(IndexScope scope, String text) {
        var terms = analyze(text);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        var anyTerm = new BooleanQuery.Builder();
        for (String term : terms) {
            anyTerm.add(new TermQuery(new Term(ChunkDocuments.BODY, term)), Occur.SHOULD);
        }
        return Optional.of(new BooleanQuery.Builder()
                .add(anyTerm.build(), Occur.MUST)
                .add(scope(scope), Occur.FILTER)
                .build());
    }

    private Set<String> analyze(String text) {
        var terms = new LinkedHashSet<String>();
        try (TokenStream stream = analyzer.tokenStream(ChunkDocuments.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < MAX_TERMS && stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze the query", e);
        }
        return terms;
    }
}
