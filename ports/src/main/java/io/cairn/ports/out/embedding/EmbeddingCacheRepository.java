package io.cairn.ports.out.embedding;

import java.util.Collection;
import java.util.Map;

/**
 * Driven port: remembers passage vectors by embedding model and SHA-256 of the exact text embedded, so unchanged
 * chunks are not embedded again.
 *
 * <p>Not tenant data: identical text under the same model has the identical vector, so entries are shared by every
 * tenant. Only the hash and the vector are stored, never the text, so nothing of one tenant's content can be read
 * back out of the cache. Entries are immutable: storing a hash that is already known keeps the first vector.
 */
public interface EmbeddingCacheRepository {

    /** The vectors known for these hashes under the model; unknown hashes are simply absent from the result. */
    Map<String, float[]> findAll(String modelId, Collection<String> textHashes);

    /** Stores vectors by text hash; hashes already stored for the model are left as they are. */
    void putAll(String modelId, Map<String, float[]> vectors);
}
