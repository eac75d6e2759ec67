package io.cairn.adapter.out.lucene;

import java.util.Optional;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.VectorSimilarityFunction;

/**
 * How an index compares vectors. A new index stores unit vectors and compares them by dot product, which ranks and
 * scores exactly as cosine but costs one multiply-add per component instead of three, in every graph insert, merge
 * and search (ADR 19). An index created before keeps the cosine it was created with, since Lucene cannot change a
 * field's similarity; its vectors are unit vectors too, from now on.
 */
final class VectorSimilarity {

    /** A new index's. */
    static final VectorSimilarity DOT_PRODUCT = new VectorSimilarity(VectorSimilarityFunction.DOT_PRODUCT);

    /** The one of indexes created before ADR 19. */
    static final VectorSimilarity COSINE = new VectorSimilarity(VectorSimilarityFunction.COSINE);

    private final VectorSimilarityFunction function;

    private VectorSimilarity(VectorSimilarityFunction function) {
        this.function = function;
    }

    /** The function the index's vector field was created with, or dot product for an index without one yet. */
    static VectorSimilarity of(Optional<FieldInfo> vectorField) {
        return vectorField
                .map(field -> new VectorSimilarity(field.getVectorSimilarityFunction()))
                .orElse(DOT_PRODUCT);
    }

    VectorSimilarityFunction function() {
        return function;
    }

    /**
     * The vector scaled to length 1, the form both functions are given: dot product needs it, and Lucene scores
     * both as (1 + cosine) / 2 then. A zero vector is returned as it is.
     */
    static float[] unit(float[] vector) {
        double squares = 0;
        for (float component : vector) {
            squares += (double) component * component;
        }
        if (squares == 0 || Math.abs(squares - 1) < 1e-6) {
            return vector;
        }
        double scale = 1 / Math.sqrt(squares);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] * scale);
        }
        return unit;
    }
}
