package io.cairn.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * The ground truth: brute-force cosine over every vector of the corpus (the vectors are unit length, so the dot
 * product is the cosine), in plain Java, with no index.
 */
final class ExactSearch {

    /** One neighbour: the chunk's position in the corpus and its cosine. */
    record Neighbour(int chunk, double cosine) {}

    private ExactSearch() {}

    /** The {@code k} nearest chunks of each query, best first; queries run in parallel. */
    static List<List<Neighbour>> nearest(List<float[]> corpus, List<float[]> queries, int k) {
        return IntStream.range(0, queries.size())
                .parallel()
                .mapToObj(q -> nearest(corpus, queries.get(q), k))
                .toList();
    }

    private static List<Neighbour> nearest(List<float[]> corpus, float[] query, int k) {
        PriorityQueue<Neighbour> best = new PriorityQueue<>(
                (a, b) -> a.cosine() != b.cosine() ? Double.compare(a.cosine(), b.cosine()) : b.chunk() - a.chunk());
        for (int i = 0; i < corpus.size(); i++) {
            double cosine = dot(corpus.get(i), query);
            if (best.size() < k) {
                best.add(new Neighbour(i, cosine));
            } else if (cosine > best.peek().cosine()) {
                best.poll();
                best.add(new Neighbour(i, cosine));
            }
        }
        List<Neighbour> sorted = new ArrayList<>(best);
        sorted.sort((a, b) -> Double.compare(b.cosine(), a.cosine()));
        return sorted;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
