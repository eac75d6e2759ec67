package io.cairn.ports.fakes;

import io.cairn.ports.out.embedding.EmbeddingCacheRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory embedding cache for service tests; copies vectors in and out, as a database would. */
public class InMemoryEmbeddingCacheRepository implements EmbeddingCacheRepository {

    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    @Override
    public Map<String, float[]> findAll(String modelId, Collection<String> textHashes) {
        Map<String, float[]> found = new HashMap<>();
        for (String hash : textHashes) {
            float[] vector = vectors.get(key(modelId, hash));
            if (vector != null) {
                found.put(hash, vector.clone());
            }
        }
        return found;
    }

    @Override
    public void putAll(String modelId, Map<String, float[]> entries) {
        entries.forEach((hash, vector) -> vectors.putIfAbsent(key(modelId, hash), vector.clone()));
    }

    public int size() {
        return vectors.size();
    }

    private static String key(String modelId, String hash) {
        return modelId + "\u0000" + hash;
    }
}
