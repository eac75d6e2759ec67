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

/**
 * Embeds passages through the cache: inputs are keyed by model and the SHA-256 of the exact text embedded, only
 * the misses go to the model (once each, in one batch, in order), and their vectors are stored for next time.
 */
final class CachedEmbeddings {

    private final EmbeddingPort embedding;
    private final EmbeddingCacheRepository cache;

    CachedEmbeddings(EmbeddingPort embedding, EmbeddingCacheRepository cache) {
        this.embedding = embedding;
        this.cache = cache;
    }

    /** The vectors of {@code inputs}, in the order given. */
    List<float[]> embedAll(List<String> inputs) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        String model = embedding.modelId();
        List<String> hashes = inputs.stream().map(ContentHash::of).toList();
        Map<String, float[]> known = new HashMap<>(cache.findAll(model, new LinkedHashSet<>(hashes)));
        Map<String, String> misses = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (!known.containsKey(hashes.get(i))) {
                misses.putIfAbsent(hashes.get(i), inputs.get(i));
            }
        }
        if (!misses.isEmpty()) {
            Map<String, float[]> fresh = embedMisses(misses);
            cache.putAll(model, fresh);
            known.putAll(fresh);
        }
        List<float[]> vectors = new ArrayList<>(inputs.size());
        hashes.forEach(h -> vectors.add(known.get(h)));
        return vectors;
    }

    private Map<String, float[]> embedMisses(Map<String, String> misses) {
        List<float[]> embedded = embedding.embedAll(List.copyOf(misses.values()));
        if (embedded.size() != misses.size()) {
            throw new EmbeddingFailedException(
                    "the model returned " + embedded.size() + " vectors for " + misses.size() + " inputs", null);
        }
        Map<String, float[]> fresh = new LinkedHashMap<>();
        int next = 0;
        for (String hash : misses.keySet()) {
            fresh.put(hash, embedded.get(next++));
        }
        return fresh;
    }
}
