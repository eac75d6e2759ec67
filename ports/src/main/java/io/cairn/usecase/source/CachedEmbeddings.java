package io.cairn.usecase.source;

import io.cairn.domain.common.ContentHash;
import io.cairn.ports.out.embedding.EmbeddingCacheRepository;
import io.cairn.ports.out.embedding.EmbeddingFailedException;
import io.cairn.ports.out.embedding.EmbeddingPort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Embeds passages through the cache: inputs are keyed by model and the SHA-256 of the exact text embedded, only
 * the misses go to the model (once each, in one batch, in order), and their vectors are stored for next time. The
 * model runs on {@code dispatcher} while the caller goes on; the cache is read and written on the caller's thread,
 * inside whatever tenant session it holds.
 */
final class CachedEmbeddings {

    private final EmbeddingPort embedding;
    private final EmbeddingCacheRepository cache;
    private final Executor dispatcher;

    CachedEmbeddings(EmbeddingPort embedding, EmbeddingCacheRepository cache, Executor dispatcher) {
        this.embedding = embedding;
        this.cache = cache;
        this.dispatcher = dispatcher;
    }

    /** Looks {@code inputs} up in the cache and starts the model on the misses; {@link Pending#await} ends it. */
    Pending start(List<String> inputs) {
        String model = embedding.modelId();
        List<String> hashes = inputs.stream().map(ContentHash::of).toList();
        Map<String, float[]> known =
                inputs.isEmpty() ? new HashMap<>() : new HashMap<>(cache.findAll(model, new LinkedHashSet<>(hashes)));
        Map<String, String> misses = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (!known.containsKey(hashes.get(i))) {
                misses.putIfAbsent(hashes.get(i), inputs.get(i));
            }
        }
        CompletableFuture<List<float[]>> fresh = misses.isEmpty()
                ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> embedding.embedAll(List.copyOf(misses.values())), dispatcher);
        return new Pending(model, hashes, known, misses, fresh);
    }

    /** Embeddings on their way: the cached ones known, the misses with the model. */
    final class Pending {

        private final String model;
        private final List<String> hashes;
        private final Map<String, float[]> known;
        private final Map<String, String> misses;
        private final CompletableFuture<List<float[]>> fresh;

        private Pending(
                String model,
                List<String> hashes,
                Map<String, float[]> known,
                Map<String, String> misses,
                CompletableFuture<List<float[]>> fresh) {
            this.model = model;
            this.hashes = hashes;
            this.known = known;
            this.misses = misses;
            this.fresh = fresh;
        }

        /** Waits for the model, caches what it computed, and answers the vectors in the order of the inputs. */
        List<float[]> await() {
            List<float[]> embedded = join();
            if (embedded.size() != misses.size()) {
                throw new EmbeddingFailedException(
                        "the model returned " + embedded.size() + " vectors for " + misses.size() + " inputs", null);
            }
            if (!misses.isEmpty()) {
                Map<String, float[]> computed = new LinkedHashMap<>();
                int next = 0;
                for (String hash : misses.keySet()) {
                    computed.put(hash, embedded.get(next++));
                }
                cache.putAll(model, computed);
                known.putAll(computed);
            }
            List<float[]> vectors = new ArrayList<>(hashes.size());
            hashes.forEach(h -> vectors.add(known.get(h)));
            return vectors;
        }

        private List<float[]> join() {
            try {
                return fresh.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
