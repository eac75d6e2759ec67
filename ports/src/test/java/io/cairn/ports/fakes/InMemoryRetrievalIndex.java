package io.cairn.ports.fakes;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.IndexedChunk;
import io.cairn.ports.out.index.RetrievalIndexPort;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** In-memory retrieval index fake: exact cosine for vectors and a small BM25 over lower-cased words. */
public final class InMemoryRetrievalIndex implements RetrievalIndexPort {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Map<IndexScope, Map<DocumentId, List<IndexedChunk>>> scopes = new HashMap<>();
    private int dimension;

    @Override
    public synchronized void replaceDocument(IndexScope scope, DocumentId document, List<IndexedChunk> chunks) {
        for (var chunk : chunks) {
            if (!chunk.documentId().equals(document)) {
                throw new IllegalArgumentException("chunk " + chunk.chunkId() + " belongs to another document");
            }
            int expected = dimension == 0 ? chunk.vector().length : dimension;
            if (chunk.vector().length != expected) {
                throw new IllegalArgumentException("vector dimension " + chunk.vector().length + " != " + expected);
            }
        }
        if (!chunks.isEmpty() && dimension == 0) {
            dimension = chunks.get(0).vector().length;
        }
        documents(scope).put(document, List.copyOf(chunks));
    }

    @Override
    public synchronized void deleteDocument(IndexScope scope, DocumentId document) {
        documents(scope).remove(document);
    }

    @Override
    public synchronized void deleteSource(IndexScope scope, SourceId source) {
        documents(scope).values().removeIf(chunks -> chunks.stream()
                .anyMatch(chunk -> chunk.sourceId().equals(source)));
    }

    @Override
    public synchronized void deleteBot(IndexScope scope) {
        scopes.remove(scope);
    }

    @Override
    public synchronized List<ChunkHit> searchVector(IndexScope scope, float[] query, int limit) {
        requirePositive(limit);
        if (dimension != 0 && query.length != dimension) {
            throw new IllegalArgumentException("query dimension " + query.length + " != " + dimension);
        }
        return rank(chunks(scope), chunk -> cosine(query, chunk.vector()), limit, false);
    }

    @Override
    public synchronized List<ChunkHit> searchKeyword(IndexScope scope, String query, int limit) {
        requirePositive(limit);
        var terms = new LinkedHashSet<>(tokens(query));
        var chunks = chunks(scope);
        if (terms.isEmpty() || chunks.isEmpty()) {
            return List.of();
        }
        double averageLength = chunks.stream()
                .mapToInt(chunk -> tokens(searchable(chunk)).size())
                .average()
                .orElse(1);
        Map<String, Long> documentFrequency = new HashMap<>();
        for (var term : terms) {
            documentFrequency.put(
                    term,
                    chunks.stream()
                            .filter(chunk -> tokens(searchable(chunk)).contains(term))
                            .count());
        }
        ToDoubleFunction<IndexedChunk> bm25 = chunk -> {
            var words = tokens(searchable(chunk));
            double score = 0;
            for (var term : terms) {
                long tf = words.stream().filter(term::equals).count();
                double df = documentFrequency.get(term);
                double idf = Math.log(1 + (chunks.size() - df + 0.5) / (df + 0.5));
                score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * words.size() / averageLength));
            }
            return score;
        };
        return rank(chunks, bm25, limit, true);
    }

    @Override
    public synchronized long count(IndexScope scope) {
        return chunks(scope).size();
    }

    private Map<DocumentId, List<IndexedChunk>> documents(IndexScope scope) {
        return scopes.computeIfAbsent(scope, ignored -> new LinkedHashMap<>());
    }

    private List<IndexedChunk> chunks(IndexScope scope) {
        return documents(scope).values().stream().flatMap(List::stream).toList();
    }

    private static List<ChunkHit> rank(
            List<IndexedChunk> chunks, ToDoubleFunction<IndexedChunk> scorer, int limit, boolean positiveOnly) {
        return chunks.stream()
                .map(chunk -> new ChunkHit(
                        chunk.chunkId(),
                        chunk.documentId(),
                        chunk.sourceId(),
                        chunk.title(),
                        chunk.url(),
                        chunk.text(),
                        scorer.applyAsDouble(chunk)))
                .filter(hit -> !positiveOnly || hit.score() > 0)
                .sorted(Comparator.comparingDouble(ChunkHit::score).reversed())
                .limit(limit)
                .toList();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    private static String searchable(IndexedChunk chunk) {
        return chunk.title() + " " + chunk.text();
    }

    private static List<String> tokens(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(token -> !token.isEmpty())
                .toList();
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
