package io.cairn.adapter.out.pgvector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class Bm25Test {

    @Test
    void should_follow_the_textbook_idf_when_computing_idf() {
        // when / then
        assertThat(Bm25.idf(10, 1)).isCloseTo(Math.log(1 + 9.5 / 1.5), within(1e-12));
        assertThat(Bm25.idf(10, 10)).isPositive().isLessThan(Bm25.idf(10, 5));
    }

    @Test
    void should_score_a_shorter_chunk_higher_when_term_frequencies_are_equal() {
        // when / then
        assertThat(Bm25.termScore(1, 2, 10, 3, 6)).isGreaterThan(Bm25.termScore(1, 2, 10, 12, 6));
        assertThat(Bm25.termScore(3, 2, 10, 6, 6)).isGreaterThan(Bm25.termScore(1, 2, 10, 6, 6));
    }

    @Test
    void should_equal_lucenes_bm25_when_scoring_the_same_corpus() throws IOException {
        // given: lengths stay small, where Lucene's one-byte length norms are exact
        var corpus = List.of("otter otter river", "river bank erosion study", "sea otter", "lake");
        double averageLength = (3 + 4 + 2 + 1) / 4.0;
        try (var directory = new ByteBuffersDirectory()) {
            var config = new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(similarity());
            try (var writer = new IndexWriter(directory, config)) {
                for (String text : corpus) {
                    var document = new Document();
                    document.add(new TextField("body", text, Store.NO));
                    writer.addDocument(document);
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = new IndexSearcher(reader);
                searcher.setSimilarity(similarity());
                // when
                var hits = searcher.search(new TermQuery(new Term("body", "otter")), 10).scoreDocs;
                // then
                assertThat(hits).hasSize(2);
                assertThat((double) hits[0].score).isCloseTo(Bm25.termScore(2, 2, 4, 3, averageLength), within(1e-5));
                assertThat((double) hits[1].score).isCloseTo(Bm25.termScore(1, 2, 4, 2, averageLength), within(1e-5));
            }
        }
    }

    private static BM25Similarity similarity() {
        return new BM25Similarity((float) Bm25.K1, (float) Bm25.B);
    }
}
