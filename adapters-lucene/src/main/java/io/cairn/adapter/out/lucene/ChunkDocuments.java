package io.cairn.adapter.out.lucene;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.IndexedChunk;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Maps chunks to Lucene documents and back, and names the scoped key terms that writes and deletes use. A hit's
 * fields travel in {@link HitColumns}; the stored fields here are those of chunks written before it (ADR 17).
 */
final class ChunkDocuments {

    static final String ORGANIZATION = "organization";
    static final String BOT = "bot";
    static final String TITLE = "title";
    /** Title and text analysed together, the one field BM25 ranks on (as BEIR's BM25 baselines index them). */
    static final String BODY = "body";

    static final String TEXT = "text";
    static final String VECTOR = "vector";

    private static final String BOT_KEY = "botKey";
    private static final String SOURCE_KEY = "sourceKey";
    private static final String DOCUMENT_KEY = "documentKey";
    private static final String CHUNK_ID = "chunkId";
    private static final String SOURCE_ID = "sourceId";
    private static final String DOCUMENT_ID = "documentId";
    private static final String URL = "url";

    private ChunkDocuments() {}

    static Term botKey(IndexScope scope) {
        return new Term(BOT_KEY, scoped(scope, ""));
    }

    static Term sourceKey(IndexScope scope, SourceId source) {
        return new Term(SOURCE_KEY, scoped(scope, source.toString()));
    }

    static Term documentKey(IndexScope scope, DocumentId document) {
        return new Term(DOCUMENT_KEY, scoped(scope, document.toString()));
    }

    /** The vector field as the index holds it (its dimension and similarity), if any chunk has been written yet. */
    static Optional<FieldInfo> vectorField(IndexReader index) {
        return Optional.ofNullable(FieldInfos.getMergedFieldInfos(index).fieldInfo(VECTOR));
    }

    static List<Document> toDocuments(IndexScope scope, List<IndexedChunk> chunks, VectorSimilarity similarity) {
        return chunks.stream()
                .map(chunk -> toDocument(scope, chunk, similarity))
                .toList();
    }

    /** A hit from a chunk written before {@link HitColumns} existed, read from its stored fields. */
    static ChunkHit toHit(Document document, double score) {
        return new ChunkHit(
                document.get(CHUNK_ID),
                DocumentId.parse(document.get(DOCUMENT_ID)),
                SourceId.parse(document.get(SOURCE_ID)),
                document.get(TITLE),
                document.get(URL),
                document.get(TEXT),
                score);
    }

    private static Document toDocument(IndexScope scope, IndexedChunk chunk, VectorSimilarity similarity) {
        var document = new Document();
        document.add(new StringField(ORGANIZATION, scope.organizationId().toString(), Store.NO));
        document.add(new StringField(BOT, scope.botId().toString(), Store.NO));
        document.add(new StringField(BOT_KEY, botKey(scope).text(), Store.NO));
        document.add(
                new StringField(SOURCE_KEY, sourceKey(scope, chunk.sourceId()).text(), Store.NO));
        document.add(new StringField(
                DOCUMENT_KEY, documentKey(scope, chunk.documentId()).text(), Store.NO));
        document.add(HitColumns.of(chunk));
        document.add(new TextField(BODY, chunk.title() + "\n\n" + chunk.text(), Store.NO));
        document.add(new KnnFloatVectorField(VECTOR, VectorSimilarity.unit(chunk.vector()), similarity.function()));
        return document;
    }

    /** UUIDs never contain '/', so the joined key cannot collide across scopes. */
    private static String scoped(IndexScope scope, String id) {
        return scope.organizationId() + "/" + scope.botId() + "/" + id;
    }
}
