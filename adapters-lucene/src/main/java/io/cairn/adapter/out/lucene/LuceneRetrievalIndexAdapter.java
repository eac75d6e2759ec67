package io.cairn.adapter.out.lucene;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.cairn.ports.out.index.DocumentChunks;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.IndexedChunk;
import io.cairn.ports.out.index.RetrievalIndexPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.DoubleUnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.IOUtils;

/** Driven adapter: the embedded on-disk Lucene index, with HNSW (cosine) and BM25 search confined to one scope. */
public final class LuceneRetrievalIndexAdapter implements RetrievalIndexPort, AutoCloseable {

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ScopedQueries queries = new ScopedQueries(analyzer);
    private final LuceneIndex index;
    private final VectorDimension dimension;
    private final VectorSimilarity similarity;

    /** Opens or creates the index at {@code path}; the vector dimension is read from it or from the first write. */
    public LuceneRetrievalIndexAdapter(Path path) {
        this(path, OptionalInt.empty());
    }

    /** Opens or creates the index at {@code path} for vectors of exactly {@code dimension} components. */
    public LuceneRetrievalIndexAdapter(Path path, int dimension) {
        this(path, OptionalInt.of(dimension));
    }

    private LuceneRetrievalIndexAdapter(Path path, OptionalInt configuredDimension) {
        this.index = LuceneIndex.open(path, analyzer);
        try {
            Optional<FieldInfo> vectorField =
                    index.read(searcher -> ChunkDocuments.vectorField(searcher.getIndexReader()));
            this.dimension = VectorDimension.of(configuredDimension, vectorField);
            this.similarity = VectorSimilarity.of(vectorField);
        } catch (RuntimeException e) {
            IOUtils.closeWhileHandlingException(index, analyzer);
            throw e;
        }
    }

    @Override
    public void replaceDocument(IndexScope scope, DocumentId document, List<IndexedChunk> chunks) {
        replaceDocuments(scope, List.of(new DocumentChunks(document, chunks)));
    }

    /** The whole batch is committed once and becomes visible in one refresh. */
    @Override
    public void replaceDocuments(IndexScope scope, List<DocumentChunks> replacements) {
        Objects.requireNonNull(scope);
        var vectors = new ArrayList<float[]>();
        for (DocumentChunks replacement : replacements) {
            for (IndexedChunk chunk : replacement.chunks()) {
                if (!chunk.documentId().equals(replacement.document())) {
                    throw new IllegalArgumentException("chunk " + chunk.chunkId() + " belongs to another document");
                }
                vectors.add(chunk.vector());
            }
        }
        dimension.requireForWrite(vectors);
        index.write(writer -> {
            long sequence = 0;
            for (DocumentChunks replacement : replacements) {
                var key = ChunkDocuments.documentKey(scope, replacement.document());
                var documents = ChunkDocuments.toDocuments(scope, replacement.chunks(), similarity);
                // One updateDocuments call swaps a document's old and new chunks atomically for every reader.
                sequence = documents.isEmpty() ? writer.deleteDocuments(key) : writer.updateDocuments(key, documents);
            }
            return sequence;
        });
    }

    @Override
    public void deleteDocument(IndexScope scope, DocumentId document) {
        index.write(writer -> writer.deleteDocuments(ChunkDocuments.documentKey(scope, document)));
    }

    @Override
    public void deleteSource(IndexScope scope, SourceId source) {
        index.write(writer -> writer.deleteDocuments(ChunkDocuments.sourceKey(scope, source)));
    }

    @Override
    public void deleteBot(IndexScope scope) {
        index.write(writer -> writer.deleteDocuments(ChunkDocuments.botKey(scope)));
    }

    @Override
    public List<ChunkHit> searchVector(IndexScope scope, float[] query, int limit) {
        requirePositive(limit);
        if (!dimension.acceptsQuery(query)) {
            return List.of();
        }
        return search(
                ScopedQueries.nearest(scope, VectorSimilarity.unit(query), limit), limit, ScopedQueries::cosineOf);
    }

    @Override
    public List<ChunkHit> searchKeyword(IndexScope scope, String query, int limit) {
        requirePositive(limit);
        return queries.keyword(scope, query)
                .map(keyword -> search(keyword, limit, DoubleUnaryOperator.identity()))
                .orElse(List.of());
    }

    @Override
    public long count(IndexScope scope) {
        return index.read(searcher -> (long) searcher.count(ScopedQueries.scope(scope)));
    }

    @Override
    public void close() {
        try {
            IOUtils.close(index, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }

    /** Merges the index into one segment, so a vector search walks one HNSW graph instead of one per segment. */
    @Override
    public void optimize() {
        index.mergeIntoOneSegment();
    }

    /** How many segments (each with its own graph) a search walks now. */
    int segmentCount() {
        return index.segmentCount();
    }

    private List<ChunkHit> search(Query query, int limit, DoubleUnaryOperator toScore) {
        return index.read(searcher ->
                HitColumns.read(searcher.getIndexReader(), searcher.search(query, limit).scoreDocs, toScore));
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
