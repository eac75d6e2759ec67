package io.cairn.adapter.out.lucene;

import java.io.IOException;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene's default codec with the HNSW cap of 1024 dimensions raised, so OpenAI embeddings (1536 or 3072) fit. The
 * files are plain Lucene 9.12 files: a stock reader opens them.
 */
final class HighDimensionCodec extends Lucene912Codec {

    static final int MAX_DIMENSIONS = 4096;

    private final KnnVectorsFormat vectors = new HighDimensionVectorsFormat(new Lucene99HnswVectorsFormat());

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return vectors;
    }

    /** Writes under the wrapped format's name, so reading falls back to the stock format through SPI. */
    private static final class HighDimensionVectorsFormat extends KnnVectorsFormat {

        private final KnnVectorsFormat delegate;

        HighDimensionVectorsFormat(KnnVectorsFormat delegate) {
            super(delegate.getName());
            this.delegate = delegate;
        }

        @Override
        public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
            return delegate.fieldsWriter(state);
        }

        @Override
        public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
            return delegate.fieldsReader(state);
        }

        @Override
        public int getMaxDimensions(String fieldName) {
            return MAX_DIMENSIONS;
        }
    }
}
