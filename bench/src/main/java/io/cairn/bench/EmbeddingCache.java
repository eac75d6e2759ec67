package io.cairn.bench;

import io.cairn.ports.out.embedding.EmbeddingPort;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Real embeddings of the benchmark's texts, computed once by Cairn's own embedding adapter and kept in a file named
 * after the texts' hash, so a rerun skips the model. The file holds float32 vectors back to back.
 */
final class EmbeddingCache {

    private static final int BATCH = 256;

    private final Path dir;
    private final EmbeddingPort model;

    EmbeddingCache(Path dir, EmbeddingPort model) {
        this.dir = dir;
        this.model = model;
    }

    /** Passage vectors of {@code texts}, from the cache or the model; prints the model's throughput when it runs. */
    List<float[]> passages(String name, List<String> texts) throws IOException {
        return cached(name, texts, model::embedAll);
    }

    /** Query vectors of {@code queries}, with the model's query instruction, as chat embeds a question. */
    List<float[]> queries(String name, List<String> queries) throws IOException {
        return cached(
                name, queries, batch -> batch.stream().map(model::embedQuery).toList());
    }

    private List<float[]> cached(String name, List<String> texts, Function<List<String>, List<float[]>> embed)
            throws IOException {
        Path file = dir.resolve("%s-%s-%d-%08x.f32".formatted(name, model.modelId(), texts.size(), texts.hashCode()));
        if (Files.exists(file)) {
            System.out.printf("  %s: %d vectors read from %s%n", name, texts.size(), file);
            return read(file, texts.size(), model.dimension());
        }
        long start = System.nanoTime();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            vectors.addAll(embed.apply(texts.subList(from, Math.min(texts.size(), from + BATCH))));
            if ((from / BATCH) % 40 == 39) {
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "    %s: %d of %d embedded, %.0f texts/s%n",
                        name, vectors.size(), texts.size(), vectors.size() / s);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "  %s: %d texts embedded in %.1f s (%.0f texts/s)%n",
                name, texts.size(), seconds, texts.size() / seconds);
        write(file, vectors);
        return vectors;
    }

    private static List<float[]> read(Path file, int count, int dimension) throws IOException {
        List<float[]> vectors = new ArrayList<>(count);
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            byte[] bytes = new byte[dimension * Float.BYTES];
            for (int i = 0; i < count; i++) {
                in.readFully(bytes);
                float[] v = new float[dimension];
                ByteBuffer.wrap(bytes).asFloatBuffer().get(v);
                vectors.add(v);
            }
        }
        return vectors;
    }

    private void write(Path file, List<float[]> vectors) throws IOException {
        Files.createDirectories(dir);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream raw = Files.newOutputStream(partial);
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16))) {
            for (float[] v : vectors) {
                ByteBuffer buffer = ByteBuffer.allocate(v.length * Float.BYTES);
                buffer.asFloatBuffer().put(v);
                out.write(buffer.array());
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
