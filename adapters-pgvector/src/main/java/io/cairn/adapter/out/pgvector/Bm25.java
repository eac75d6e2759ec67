package io.cairn.adapter.out.pgvector;

/**
 * BM25 as Lucene's {@code BM25Similarity} scores it (no {@code (k1 + 1)} factor), with Anserini's constants, so the
 * pgvector and Lucene backends rank alike. {@link KeywordSearch} scores every posting with it, in float64.
 */
final class Bm25 {

    static final double K1 = 0.9;
    static final double B = 0.4;

    private Bm25() {}

    /** Inverse document frequency of a term found in {@code df} of the scope's {@code n} chunks. */
    static double idf(long n, long df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** One query term's contribution to a chunk of {@code length} terms that holds it {@code tf} times. */
    static double termScore(int tf, long df, long n, int length, double averageLength) {
        return termScore(idf(n, df), tf, length, averageLength);
    }

    /** The same, with the term's {@link #idf} computed once for all its postings. */
    static double termScore(double idf, int tf, int length, double averageLength) {
        return idf * tf / (tf + K1 * (1 - B + B * length / averageLength));
    }
}
