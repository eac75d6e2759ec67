package io.cairn.adapter.out.lucene;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.cairn.ports.out.index.IndexedChunk;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit returns (chunk id, document and source ids, title, url, text), kept per chunk as one binary doc value
 * rather than as stored fields. Stored fields are compressed in blocks, and reading one document decompresses its
 * block: with chunks of real text that cost about 50 us a hit, and a hybrid search reads up to 200 hits. A doc value
 * is read in place (about 10 us a hit, measured on SciFact text). Chunks written before this column existed still
 * carry stored fields, and are read from those.
 */
final class HitColumns {

    static final String FIELD = "hit";

    private HitColumns() {}

    static BinaryDocValuesField of(IndexedChunk chunk) {
        String[] values = {
            chunk.chunkId(),
            chunk.documentId().toString(),
            chunk.sourceId().toString(),
            chunk.title(),
            chunk.url(),
            chunk.text()
        };
        int capacity = 0;
        for (String value : values) {
            // A UTF-16 unit takes at most 3 bytes in UTF-8, and a length at most 5 as a vint.
            capacity += value.length() * 3 + 5;
        }
        byte[] bytes = new byte[capacity];
        var out = new ByteArrayDataOutput(bytes);
        try {
            for (String value : values) {
                out.writeString(value);
            }
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory write cannot fail", e);
        }
        return new BinaryDocValuesField(FIELD, new BytesRef(bytes, 0, out.getPosition()));
    }

    /**
     * The hits of {@code found}, in its order. Each segment's column is read forwards, so the hits are visited in
     * document order and put back in rank order.
     */
    static List<ChunkHit> read(IndexReader reader, ScoreDoc[] found, DoubleUnaryOperator toScore) throws IOException {
        var hits = new ChunkHit[found.length];
        Integer[] byDocument = new Integer[found.length];
        Arrays.setAll(byDocument, i -> i);
        Arrays.sort(byDocument, Comparator.comparingInt(i -> found[i].doc));
        List<LeafReaderContext> leaves = reader.leaves();
        var stored = reader.storedFields();
        int leaf = -1;
        BinaryDocValues column = null;
        for (int i : byDocument) {
            int doc = found[i].doc;
            int hitLeaf = ReaderUtil.subIndex(doc, leaves);
            if (hitLeaf != leaf) {
                leaf = hitLeaf;
                column = leaves.get(leaf).reader().getBinaryDocValues(FIELD);
            }
            double score = toScore.applyAsDouble(found[i].score);
            hits[i] = column != null && column.advanceExact(doc - leaves.get(leaf).docBase)
                    ? decode(column.binaryValue(), score)
                    : ChunkDocuments.toHit(stored.document(doc), score);
        }
        return List.of(hits);
    }

    private static ChunkHit decode(BytesRef value, double score) throws IOException {
        var in = new ByteArrayDataInput(value.bytes, value.offset, value.length);
        String chunkId = in.readString();
        DocumentId document = DocumentId.parse(in.readString());
        SourceId source = SourceId.parse(in.readString());
        String title = in.readString();
        String url = in.readString();
        return new ChunkHit(chunkId, document, source, title, url, in.readString(), score);
    }
}
