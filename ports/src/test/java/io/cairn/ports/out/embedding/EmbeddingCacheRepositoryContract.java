package io.cairn.ports.out.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.common.ContentHash;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link EmbeddingCacheRepository} shares: the fake and each database adapter extend it. */
public abstract class EmbeddingCacheRepositoryContract {

    private final String model = "model-" + UUID.randomUUID();
    private final String otherModel = "model-" + UUID.randomUUID();
    private EmbeddingCacheRepository cache;

    /** A repository to test; it may hold other tests' rows, never this test's random model ids. */
    protected abstract EmbeddingCacheRepository newRepository();

    @BeforeEach
    void createRepository() {
        cache = newRepository();
    }

    @Test
    void should_return_the_exact_vectors_when_stored() {
        // given
        String a = ContentHash.of("refunds within 30 days");
        String b = ContentHash.of("orders ship in two days");
        float[] vectorA = {0.25f, -1.5f, Float.MIN_VALUE, 3.0e38f};
        float[] vectorB = {-0.0f, 1.0f, 0.1f, -7.125f};
        // when
        cache.putAll(model, Map.of(a, vectorA, b, vectorB));
        // then
        Map<String, float[]> found = cache.findAll(model, List.of(a, b));
        assertThat(found).containsOnlyKeys(a, b);
        assertThat(found.get(a)).containsExactly(vectorA);
        assertThat(found.get(b)).containsExactly(vectorB);
    }

    @Test
    void should_leave_unknown_hashes_out_when_looked_up() {
        // given
        String known = ContentHash.of("known");
        cache.putAll(model, Map.of(known, new float[] {1f, 2f}));
        // when
        Map<String, float[]> found = cache.findAll(model, List.of(known, ContentHash.of("unknown")));
        // then
        assertThat(found).containsOnlyKeys(known);
        assertThat(cache.findAll(model, List.of())).isEmpty();
    }

    @Test
    void should_keep_models_apart_when_the_same_text_is_stored_under_each() {
        // given
        String hash = ContentHash.of("same text");
        cache.putAll(model, Map.of(hash, new float[] {1f, 0f}));
        // when
        cache.putAll(otherModel, Map.of(hash, new float[] {0f, 1f, 0f}));
        // then
        assertThat(cache.findAll(model, List.of(hash)).get(hash)).containsExactly(1f, 0f);
        assertThat(cache.findAll(otherModel, List.of(hash)).get(hash)).containsExactly(0f, 1f, 0f);
        assertThat(cache.findAll("model-" + UUID.randomUUID(), List.of(hash))).isEmpty();
    }

    @Test
    void should_store_the_new_and_keep_the_known_when_put_again() {
        // given
        String known = ContentHash.of("known");
        String fresh = ContentHash.of("fresh");
        cache.putAll(model, Map.of(known, new float[] {1f, 2f}));
        Map<String, float[]> again = new LinkedHashMap<>();
        again.put(known, new float[] {1f, 2f});
        again.put(fresh, new float[] {3f, 4f});
        // when
        cache.putAll(model, again);
        cache.putAll(model, again);
        // then
        Map<String, float[]> found = cache.findAll(model, List.of(known, fresh));
        assertThat(found.get(known)).containsExactly(1f, 2f);
        assertThat(found.get(fresh)).containsExactly(3f, 4f);
    }

    @Test
    void should_find_every_hash_when_many_are_looked_up_at_once() {
        // given
        Map<String, float[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 1_500; i++) {
            many.put(ContentHash.of("chunk " + i), new float[] {i, -i});
        }
        // when
        cache.putAll(model, many);
        // then
        Map<String, float[]> found = cache.findAll(model, many.keySet());
        assertThat(found).hasSize(1_500);
        assertThat(found.get(ContentHash.of("chunk 1499"))).containsExactly(1499f, -1499f);
    }
}
