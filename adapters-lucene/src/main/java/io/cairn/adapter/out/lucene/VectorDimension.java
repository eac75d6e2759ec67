package io.cairn.adapter.out.lucene;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.FieldInfo;

/** The one vector dimension of an index: configured, found on disk, or taken from the first vector written. */
final class VectorDimension {

    private static final int UNKNOWN = 0;

    private final AtomicInteger value;

    private VectorDimension(int value) {
        this.value = new AtomicInteger(value);
    }

    static VectorDimension of(OptionalInt configured, Optional<FieldInfo> vectorField) {
        int onDisk = vectorField.map(FieldInfo::getVectorDimension).orElse(UNKNOWN);
        configured.ifPresent(VectorDimension::requireSupported);
        if (configured.isPresent() && onDisk != UNKNOWN && configured.getAsInt() != onDisk) {
            throw new IllegalArgumentException(
                    "index holds " + onDisk + "-dimension vectors, configured " + configured.getAsInt());
        }
        return new VectorDimension(configured.orElse(onDisk));
    }

    /** Fixes the dimension on the first write and rejects any vector that does not have it. */
    void requireForWrite(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return;
        }
        int first = vectors.get(0).length;
        for (float[] vector : vectors) {
            requireLength(vector, first);
        }
        int witness = value.compareAndExchange(UNKNOWN, first);
        requireLength(vectors.get(0), witness == UNKNOWN ? first : witness);
    }

    /** Whether the index may hold neighbours of the query; false while no dimension is known yet. */
    boolean acceptsQuery(float[] query) {
        int known = value.get();
        if (known != UNKNOWN) {
            requireLength(query, known);
        }
        return known != UNKNOWN;
    }

    private static void requireSupported(int dimension) {
        if (dimension < 1 || dimension > HighDimensionCodec.MAX_DIMENSIONS) {
            throw new IllegalArgumentException("vector dimension must be between 1 and "
                    + HighDimensionCodec.MAX_DIMENSIONS + ", was " + dimension);
        }
    }

    private static void requireLength(float[] vector, int expected) {
        requireSupported(vector.length);
        if (vector.length != expected) {
            throw new IllegalArgumentException(
                    "vector has " + vector.length + " dimensions, the index expects " + expected);
        }
    }
}
