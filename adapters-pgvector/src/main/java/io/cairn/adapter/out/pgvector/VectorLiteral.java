package io.cairn.adapter.out.pgvector;

/** Checks a vector against the index's dimension and writes it as pgvector's text form, {@code [1.0,0.5]}. */
final class VectorLiteral {

    /** The most dimensions an HNSW index over pgvector's {@code vector} type accepts. */
    static final int MAX_DIMENSIONS = 2000;

    private VectorLiteral() {}

    static int requireSupported(int dimension) {
        if (dimension < 1 || dimension > MAX_DIMENSIONS) {
            throw new IllegalArgumentException(
                    "vector dimension must be between 1 and " + MAX_DIMENSIONS + ", was " + dimension);
        }
        return dimension;
    }

    static String of(float[] vector, int dimension) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException(
                    "vector has " + vector.length + " dimensions, the index expects " + dimension);
        }
        var literal = new StringBuilder(vector.length * 10).append('[');
        for (int i = 0; i < vector.length; i++) {
            if (!Float.isFinite(vector[i])) {
                throw new IllegalArgumentException("vector component " + i + " is not a finite number");
            }
            // Float.toString may print an exponent (1.0E-4); pgvector parses it with strtof, which accepts it.
            literal.append(i == 0 ? "" : ",").append(vector[i]);
        }
        return literal.append(']').toString();
    }
}
