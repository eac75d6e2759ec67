package io.cairn.adapter.out.pgvector;

/**
 * BM25 sums per chunk key: a small open-addressing hash map from long to double, so summing tens of thousands of
 * postings allocates nothing per posting. Chunk keys are positive (an identity column), so 0 marks a free slot.
 */
final class ChunkScores {

    private long[] keys;
    private double[] scores;
    private int size;

    ChunkScores(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        scores = new double[capacity];
    }

    /** Adds {@code score} to the chunk's sum. */
    void add(long key, double score) {
        if (key <= 0) {
            throw new IllegalArgumentException("chunk keys are positive, was " + key);
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                scores[slot] = score;
                grow();
                return;
            }
        }
        scores[slot] += score;
    }

    int size() {
        return size;
    }

    /**
     * The {@code count} best chunks, best first: by score descending, then by chunk key ascending, so equal scores
     * rank the same way on every run. Fills {@code rankedKeys} and {@code rankedScores}; returns how many it filled.
     */
    int top(int count, long[] rankedKeys, double[] rankedScores) {
        int k = Math.min(count, size);
        if (k == 0) {
            return 0;
        }
        // A bounded heap whose root is the worst of the best k seen so far.
        long[] heapKeys = new long[k];
        double[] heapScores = new double[k];
        int filled = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            long key = keys[slot];
            if (key == 0) {
                continue;
            }
            double score = scores[slot];
            if (filled < k) {
                heapKeys[filled] = key;
                heapScores[filled] = score;
                siftUp(heapKeys, heapScores, filled++);
            } else if (better(score, key, heapScores[0], heapKeys[0])) {
                heapKeys[0] = key;
                heapScores[0] = score;
                siftDown(heapKeys, heapScores, k);
            }
        }
        for (int end = k - 1; end >= 0; end--) {
            rankedKeys[end] = heapKeys[0];
            rankedScores[end] = heapScores[0];
            heapKeys[0] = heapKeys[end];
            heapScores[0] = heapScores[end];
            siftDown(heapKeys, heapScores, end);
        }
        return k;
    }

    private static boolean better(double score, long key, double otherScore, long otherKey) {
        return score > otherScore || score == otherScore && key < otherKey;
    }

    private static void siftUp(long[] keys, double[] scores, int index) {
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (!better(scores[parent], keys[parent], scores[index], keys[index])) {
                return;
            }
            swap(keys, scores, parent, index);
            index = parent;
        }
    }

    private static void siftDown(long[] keys, double[] scores, int size) {
        int index = 0;
        while (true) {
            int worst = index;
            for (int child = 2 * index + 1; child <= 2 * index + 2 && child < size; child++) {
                if (better(scores[worst], keys[worst], scores[child], keys[child])) {
                    worst = child;
                }
            }
            if (worst == index) {
                return;
            }
            swap(keys, scores, worst, index);
            index = worst;
        }
    }

    private static void swap(long[] keys, double[] scores, int a, int b) {
        long key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldScores = scores;
        keys = new long[oldKeys.length * 2];
        scores = new double[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i], mask);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                scores[slot] = oldScores[i];
            }
        }
    }

    private static int slot(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }
}
