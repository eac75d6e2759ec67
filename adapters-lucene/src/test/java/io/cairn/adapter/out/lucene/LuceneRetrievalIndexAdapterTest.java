package io.cairn.adapter.out.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.source.DocumentId;
import io.cairn.ports.out.index.IndexedChunk;
import io.cairn.ports.out.index.RetrievalIndexContract;
import io.cairn.ports.out.index.RetrievalIndexPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneRetrievalIndexAdapterTest extends RetrievalIndexContract {

    /** The contract's index lives apart, so these tests can open and reopen their own. */
    private static final String CONTRACT = "contract";

    private static final String OWN = "own";

    @TempDir
    Path directory;

    private final List<LuceneRetrievalIndexAdapter> opened = new ArrayList<>();

    @Override
    protected RetrievalIndexPort newIndex() {
        return open(CONTRACT);
    }

    @Override
    protected RetrievalIndexPort reopen(RetrievalIndexPort index) {
        ((LuceneRetrievalIndexAdapter) index).close();
        return open(CONTRACT);
    }

    @AfterEach
    void closeIndexes() {
        opened.forEach(LuceneRetrievalIndexAdapter::close);
    }

    @Test
    void should_search_one_segment_when_optimized_after_many_writes() {
        // given: each durable write leaves a segment, each with its own vector graph
        var index = open();
        for (int i = 0; i < 5; i++) {
            var document = DocumentId.random();
            index.replaceDocument(scope, document, List.of(chunk(document, 0, "part " + i)));
        }
        assertThat(index.segmentCount()).isGreaterThan(1);

        // when
        index.optimize();

        // then
        assertThat(index.segmentCount()).isEqualTo(1);
        assertThat(index.count(scope)).isEqualTo(5);
    }

    @Test
    void should_keep_the_learned_dimension_when_reopened() {
        // given
        var document = DocumentId.random();
        try (var index = open()) {
            index.replaceDocument(scope, document, List.of(chunk(document, 0, "four dimensions")));
        }
        // when
        var reopened = open();
        // then
        assertThatThrownBy(() -> reopened.searchVector(scope, vector(1, 0, 0), 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(reopened.searchVector(scope, vector(1, 0, 0, 0), 5)).hasSize(1);
    }

    @Test
    void should_reject_a_configured_dimension_when_the_index_holds_another() {
        // given
        var document = DocumentId.random();
        try (var index = open()) {
            index.replaceDocument(scope, document, List.of(chunk(document, 0, "four dimensions")));
        }
        // when / then
        assertThatThrownBy(() -> new LuceneRetrievalIndexAdapter(directory.resolve(OWN), 8))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_index_and_find_vectors_when_they_exceed_lucenes_default_1024_dimensions() {
        // given
        var index = open();
        var document = DocumentId.random();
        var large = new float[1536];
        large[7] = 1;
        index.replaceDocument(scope, document, List.of(chunk(document, 0, "openai sized", large)));
        // when
        index.close();
        var hits = open().searchVector(scope, large, 3);
        // then
        assertThat(hits).singleElement().satisfies(hit -> assertThat(hit.score())
                .isCloseTo(1.0, within(1e-4)));
    }

    @Test
    void should_find_nearly_all_of_the_exact_top_ten_when_the_index_holds_thousands_of_chunks() {
        // given: 4,000 chunks of random 32-dimension vectors, hard for a graph search with a narrow beam
        var index = open();
        var random = new java.util.Random(42);
        List<IndexedChunk> all = new ArrayList<>();
        for (int d = 0; d < 100; d++) {
            var document = DocumentId.random();
            List<IndexedChunk> chunks = new ArrayList<>();
            for (int c = 0; c < 40; c++) {
                chunks.add(chunk(document, c, "chunk " + c, randomUnit(random)));
            }
            index.replaceDocument(scope, document, chunks);
            all.addAll(chunks);
        }
        // when
        double recall = 0;
        int queries = 50;
        for (int q = 0; q < queries; q++) {
            float[] query = randomUnit(random);
            Set<String> exact = all.stream()
                    .sorted(Comparator.comparingDouble((IndexedChunk c) -> -dot(c.vector(), query)))
                    .limit(10)
                    .map(IndexedChunk::chunkId)
                    .collect(Collectors.toSet());
            long found = index.searchVector(scope, query, 10).stream()
                    .filter(hit -> exact.contains(hit.chunkId()))
                    .count();
            recall += found / 10.0 / queries;
        }
        // then
        assertThat(recall).as("recall@10 against exact search").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void should_return_chunks_written_with_stored_fields_beside_chunks_written_with_the_hit_column() {
        // given: an index holding a chunk written the way earlier versions wrote every chunk (stored fields, no hit
        // column), then a chunk written by this version
        IndexedChunk before = titled("Refunds", "Refunds are accepted within thirty days.", vector(1, 0, 0, 0));
        writeWithStoredFields(OWN, before);
        var index = open();
        IndexedChunk after =
                titled("Shipping", "Refunds for lost parcels are sent within ten days.", vector(0.9f, 0.1f, 0, 0));
        index.replaceDocument(scope, after.documentId(), List.of(after));

        // when: searched apart, then again once both lie in one merged segment
        List<ChunkHit> keyword = index.searchKeyword(scope, "refunds", 10);
        index.optimize();
        List<ChunkHit> vector = index.searchVector(scope, vector(1, 0, 0, 0), 10);

        // then: every hit is whole, whichever way its chunk was written
        for (List<ChunkHit> hits : List.of(keyword, vector)) {
            assertThat(hits)
                    .extracting(
                            ChunkHit::chunkId,
                            ChunkHit::documentId,
                            ChunkHit::sourceId,
                            ChunkHit::title,
                            ChunkHit::url,
                            ChunkHit::text)
                    .containsExactlyInAnyOrder(
                            tuple(
                                    before.chunkId(),
                                    before.documentId(),
                                    source,
                                    before.title(),
                                    before.url(),
                                    before.text()),
                            tuple(
                                    after.chunkId(),
                                    after.documentId(),
                                    source,
                                    after.title(),
                                    after.url(),
                                    after.text()));
        }
        assertThat(vector.get(0).chunkId()).isEqualTo(before.chunkId());
    }

    @Test
    void should_score_by_cosine_with_vectors_of_any_length_in_an_index_created_before_dot_products() {
        // given: an index whose vectors earlier versions compared by cosine, and a chunk this version adds to it
        writeWithStoredFields(OWN, titled("Same", "Pointing the same way.", vector(5, 0, 0, 0)));
        var index = open();
        IndexedChunk close = titled("Close", "Pointing nearly the same way.", vector(2.4f, 1.8f, 0, 0));
        index.replaceDocument(scope, close.documentId(), List.of(close));

        // when
        List<ChunkHit> hits = index.searchVector(scope, vector(3, 0, 0, 0), 10);

        // then
        assertThat(hits).extracting(ChunkHit::title).containsExactly("Same", "Close");
        assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-4));
        assertThat(hits.get(1).score()).isCloseTo(0.8, within(1e-4));
        assertThat(similarityOnDisk(OWN)).isEqualTo(VectorSimilarityFunction.COSINE);
    }

    @Test
    void should_compare_unit_vectors_by_dot_product_when_the_index_is_new() {
        // given
        var index = open();
        IndexedChunk chunk = titled("Refunds", "Refunds within thirty days.", vector(0, 7, 0, 0));

        // when
        index.replaceDocument(scope, chunk.documentId(), List.of(chunk));

        // then: cosine ranks and scores as before, at a third of the arithmetic per comparison
        assertThat(similarityOnDisk(OWN)).isEqualTo(VectorSimilarityFunction.DOT_PRODUCT);
        assertThat(index.searchVector(scope, vector(0, 0.5f, 0, 0), 1))
                .singleElement()
                .satisfies(hit -> assertThat(hit.score()).isCloseTo(1.0, within(1e-4)));
    }

    @Test
    void should_return_a_long_text_whole() {
        // given
        var index = open();
        DocumentId document = DocumentId.random();
        String text = "Ünïcödé text with refunds 日本語 ".repeat(4_000);
        index.replaceDocument(scope, document, List.of(chunk(document, 0, text)));
        // when
        List<ChunkHit> hits = index.searchKeyword(scope, "refunds", 1);
        // then
        assertThat(hits).singleElement().extracting(ChunkHit::text).isEqualTo(text);
    }

    /** The only chunk of a new document, with a title and a url made from it. */
    private IndexedChunk titled(String title, String text, float[] vector) {
        DocumentId document = DocumentId.random();
        return new IndexedChunk(
                IndexedChunk.idOf(document, 0),
                source,
                document,
                title,
                "https://acme.test/" + title.toLowerCase(java.util.Locale.ROOT),
                text,
                vector);
    }

    /**
     * Writes a chunk as versions before the hit column did: ids, title, url and text as stored fields, and the vector
     * compared by cosine.
     */
    private void writeWithStoredFields(String name, IndexedChunk chunk) {
        Document document = ChunkDocuments.toDocuments(scope, List.of(chunk), VectorSimilarity.COSINE)
                .get(0);
        document.removeField(HitColumns.FIELD);
        document.add(new StoredField("chunkId", chunk.chunkId()));
        document.add(new StoredField("sourceId", chunk.sourceId().toString()));
        document.add(new StoredField("documentId", chunk.documentId().toString()));
        document.add(new StoredField("url", chunk.url()));
        document.add(new TextField("title", chunk.title(), Store.YES));
        document.add(new TextField("text", chunk.text(), Store.YES));
        try (var writer = new IndexWriter(
                FSDirectory.open(directory.resolve(name)), new IndexWriterConfig(new EnglishAnalyzer()))) {
            writer.addDocument(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private VectorSimilarityFunction similarityOnDisk(String name) {
        try (var reader = DirectoryReader.open(FSDirectory.open(directory.resolve(name)))) {
            return FieldInfos.getMergedFieldInfos(reader)
                    .fieldInfo(ChunkDocuments.VECTOR)
                    .getVectorSimilarityFunction();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[] randomUnit(java.util.Random random) {
        float[] v = new float[32];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private LuceneRetrievalIndexAdapter open() {
        return open(OWN);
    }

    private LuceneRetrievalIndexAdapter open(String name) {
        var index = new LuceneRetrievalIndexAdapter(directory.resolve(name));
        opened.add(index);
        return index;
    }
}
