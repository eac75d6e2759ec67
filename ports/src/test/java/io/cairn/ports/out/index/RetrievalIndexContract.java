package io.cairn.ports.out.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link RetrievalIndexPort} shares: the in-memory fake and each real adapter extend it. */
public abstract class RetrievalIndexContract {

    private static final String CANARY = "zqxcanary";

    protected final IndexScope scope = randomScope();
    protected final SourceId source = SourceId.random();
    private RetrievalIndexPort index;

    protected abstract RetrievalIndexPort newIndex();

    /** Closes and reopens the index on the same storage; an in-memory index returns itself. */
    protected RetrievalIndexPort reopen(RetrievalIndexPort index) {
        return index;
    }

    @BeforeEach
    void createIndex() {
        index = newIndex();
    }

    @Test
    void should_return_nothing_when_index_is_empty() {
        // when
        var byVector = index.searchVector(scope, vector(1, 0, 0, 0), 10);
        var byKeyword = index.searchKeyword(scope, "anything at all", 10);
        // then
        assertThat(byVector).isEmpty();
        assertThat(byKeyword).isEmpty();
        assertThat(index.count(scope)).isZero();
    }

    @Test
    void should_answer_exactly_as_before_and_keep_accepting_writes_when_optimized() {
        // given: documents written one at a time, as separate durable writes
        var documents = new ArrayList<DocumentId>();
        String[] topics = {
            "ferry timetable", "bicycle rules", "harbour parking", "ferry tickets and ferry fares", "walks"
        };
        for (int i = 0; i < topics.length; i++) {
            var document = DocumentId.random();
            documents.add(document);
            index.replaceDocument(scope, document, List.of(chunk(document, 0, topics[i], vector(1, i, 0, 0))));
        }
        var byVector = index.searchVector(scope, vector(1, 2, 0, 0), 10);
        var byKeyword = index.searchKeyword(scope, "ferry", 10);

        // when
        index.optimize();

        // then: the same hits with the same scores, and a later write still lands
        assertThat(index.searchVector(scope, vector(1, 2, 0, 0), 10)).isEqualTo(byVector);
        assertThat(index.searchKeyword(scope, "ferry", 10)).isEqualTo(byKeyword);
        var later = DocumentId.random();
        index.replaceDocument(scope, later, List.of(chunk(later, 0, "ferry delays", vector(0, 0, 1, 0))));
        assertThat(index.searchKeyword(scope, "ferry", 10)).hasSize(3);
        assertThat(index.count(scope)).isEqualTo(6);
    }

    @Test
    void should_order_vector_hits_by_cosine_similarity_when_searching_by_vector() {
        // given
        var same = DocumentId.random();
        var close = DocumentId.random();
        var orthogonal = DocumentId.random();
        var opposite = DocumentId.random();
        index.replaceDocument(scope, orthogonal, List.of(chunk(orthogonal, 0, "orthogonal", vector(0, 3, 0, 0))));
        index.replaceDocument(scope, opposite, List.of(chunk(opposite, 0, "opposite", vector(-2, 0, 0, 0))));
        index.replaceDocument(scope, same, List.of(chunk(same, 0, "same", vector(5, 0, 0, 0))));
        index.replaceDocument(scope, close, List.of(chunk(close, 0, "close", vector(0.8f, 0.6f, 0, 0))));
        // when
        var hits = index.searchVector(scope, vector(1, 0, 0, 0), 10);
        // then
        assertThat(hits).extracting(ChunkHit::documentId).containsExactly(same, close, orthogonal, opposite);
        assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-4));
        assertThat(hits.get(1).score()).isCloseTo(0.8, within(1e-4));
        assertThat(hits.get(2).score()).isCloseTo(0.0, within(1e-4));
        assertThat(hits.get(3).score()).isCloseTo(-1.0, within(1e-4));
    }

    @Test
    void should_rank_the_chunk_with_the_query_terms_first_when_searching_by_keyword() {
        // given
        var weather = DocumentId.random();
        var partial = DocumentId.random();
        var wildlife = DocumentId.random();
        index.replaceDocument(scope, weather, List.of(chunk(weather, 0, "The weather today is sunny and warm")));
        index.replaceDocument(
                scope, partial, List.of(chunk(partial, 0, "A kangaroo was drawn on the sign at the zoo entrance")));
        index.replaceDocument(
                scope, wildlife, List.of(chunk(wildlife, 0, "The kangaroo lives in the outback of the outback")));
        // when
        var hits = index.searchKeyword(scope, "kangaroo outback", 10);
        // then
        assertThat(hits).extracting(ChunkHit::documentId).containsExactly(wildlife, partial);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score()).isPositive();
    }

    @Test
    void should_match_the_title_when_searching_by_keyword() {
        // given
        var document = DocumentId.random();
        var chunk = new IndexedChunk(
                IndexedChunk.idOf(document, 0),
                source,
                document,
                "Refund policy",
                "https://example.com/refunds",
                "Money comes back within thirty days.",
                vector(1, 1, 0, 0));
        index.replaceDocument(scope, document, List.of(chunk));
        // when
        var hits = index.searchKeyword(scope, "refund", 10);
        // then
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.chunkId()).isEqualTo(chunk.chunkId());
            assertThat(hit.documentId()).isEqualTo(document);
            assertThat(hit.sourceId()).isEqualTo(source);
            assertThat(hit.title()).isEqualTo("Refund policy");
            assertThat(hit.url()).isEqualTo("https://example.com/refunds");
            assertThat(hit.text()).isEqualTo("Money comes back within thirty days.");
        });
    }

    @Test
    void should_return_nothing_when_keyword_query_has_no_terms() {
        // given
        var document = DocumentId.random();
        index.replaceDocument(scope, document, List.of(chunk(document, 0, "some text")));
        // when
        var hits = index.searchKeyword(scope, "  ?! ", 10);
        // then
        assertThat(hits).isEmpty();
    }

    @Test
    void should_respect_the_limit_when_more_chunks_match() {
        // given
        var document = DocumentId.random();
        var chunks = new ArrayList<IndexedChunk>();
        for (int i = 0; i < 8; i++) {
            chunks.add(chunk(document, i, "penguin fact number " + i, vector(1, i, 0, 0)));
        }
        index.replaceDocument(scope, document, chunks);
        // when
        var byVector = index.searchVector(scope, vector(1, 0, 0, 0), 3);
        var byKeyword = index.searchKeyword(scope, "penguin", 3);
        // then
        assertThat(byVector).hasSize(3);
        assertThat(byKeyword).hasSize(3);
    }

    @Test
    void should_never_return_another_tenants_chunks_when_searching() {
        // given
        var otherTenant = randomScope();
        var own = DocumentId.random();
        var foreign = DocumentId.random();
        index.replaceDocument(scope, own, List.of(chunk(own, 0, "our own harmless words", vector(0, 1, 0, 0))));
        index.replaceDocument(otherTenant, foreign, canaryChunks(foreign));
        // when
        var byVector = index.searchVector(scope, vector(1, 0, 0, 0), 10);
        var byKeyword = index.searchKeyword(scope, CANARY + " secret", 10);
        // then
        assertThat(byVector).extracting(ChunkHit::documentId).containsOnly(own);
        assertThat(byVector).extracting(ChunkHit::text).noneMatch(text -> text.contains(CANARY));
        assertThat(byKeyword).isEmpty();
        assertThat(index.count(scope)).isEqualTo(1);
    }

    @Test
    void should_never_return_another_bots_chunks_when_searching_in_the_same_organization() {
        // given
        var otherBot = new IndexScope(scope.organizationId(), BotId.random());
        var own = DocumentId.random();
        var foreign = DocumentId.random();
        index.replaceDocument(scope, own, List.of(chunk(own, 0, "our own harmless words", vector(0, 1, 0, 0))));
        index.replaceDocument(otherBot, foreign, canaryChunks(foreign));
        // when
        var byVector = index.searchVector(scope, vector(1, 0, 0, 0), 10);
        var byKeyword = index.searchKeyword(scope, CANARY + " secret", 10);
        // then
        assertThat(byVector).extracting(ChunkHit::documentId).containsOnly(own);
        assertThat(byKeyword).isEmpty();
        assertThat(index.searchKeyword(otherBot, CANARY, 10)).hasSize(3);
    }

    @Test
    void should_return_the_scopes_own_neighbours_when_other_scopes_hold_closer_vectors() {
        // given
        var otherTenant = randomScope();
        var foreign = DocumentId.random();
        var crowd = new ArrayList<IndexedChunk>();
        for (int i = 0; i < 40; i++) {
            crowd.add(chunk(foreign, i, CANARY + " crowd " + i, vector(1, i / 1000f, 0, 0)));
        }
        index.replaceDocument(otherTenant, foreign, crowd);
        var own = DocumentId.random();
        index.replaceDocument(
                scope,
                own,
                List.of(chunk(own, 0, "far", vector(0, 0, 1, 0)), chunk(own, 1, "farther", vector(-1, 0, 1, 0))));
        // when
        var hits = index.searchVector(scope, vector(1, 0, 0, 0), 2);
        // then
        assertThat(hits).extracting(ChunkHit::text).containsExactly("far", "farther");
    }

    @Test
    void should_keep_only_the_new_chunks_when_a_document_is_replaced() {
        // given
        var document = DocumentId.random();
        index.replaceDocument(
                scope,
                document,
                List.of(chunk(document, 0, "obsolete wording"), chunk(document, 1, "obsolete paragraph")));
        // when
        index.replaceDocument(scope, document, List.of(chunk(document, 0, "current wording", vector(0, 0, 1, 0))));
        // then
        assertThat(index.count(scope)).isEqualTo(1);
        assertThat(index.searchKeyword(scope, "obsolete", 10)).isEmpty();
        assertThat(index.searchKeyword(scope, "current", 10))
                .extracting(ChunkHit::text)
                .containsExactly("current wording");
        assertThat(index.searchVector(scope, vector(0, 0, 1, 0), 10)).hasSize(1);
    }

    @Test
    void should_replace_every_document_of_a_batch_when_replacing_several_at_once() {
        // given
        var first = DocumentId.random();
        var second = DocumentId.random();
        index.replaceDocument(scope, first, List.of(chunk(first, 0, "stale heron")));
        // when
        index.replaceDocuments(
                scope,
                List.of(
                        new DocumentChunks(first, List.of(chunk(first, 0, "fresh heron"))),
                        new DocumentChunks(
                                second, List.of(chunk(second, 0, "fresh egret"), chunk(second, 1, "egret")))));
        // then
        assertThat(index.count(scope)).isEqualTo(3);
        assertThat(index.searchKeyword(scope, "stale", 10)).isEmpty();
        assertThat(index.searchKeyword(scope, "fresh", 10))
                .extracting(ChunkHit::text)
                .containsExactlyInAnyOrder("fresh heron", "fresh egret");
    }

    @Test
    void should_show_either_the_old_or_the_new_chunks_when_reading_during_a_replace() throws Exception {
        // given
        var document = DocumentId.random();
        var oldVersion = chunks(document, "oldversion", 3);
        var newVersion = chunks(document, "newversion", 5);
        index.replaceDocument(scope, document, oldVersion);
        var done = new AtomicBoolean();
        var mixed = new ConcurrentLinkedQueue<String>();
        var reads = new java.util.concurrent.atomic.AtomicInteger();
        var reading = new java.util.concurrent.CountDownLatch(1);
        var reader = CompletableFuture.runAsync(() -> {
            while (!done.get()) {
                long count = index.count(scope);
                var texts = index.searchKeyword(scope, "oldversion newversion", 10).stream()
                        .map(hit -> hit.text().split(" ")[0])
                        .toList();
                boolean whole = texts.equals(Collections.nCopies(3, "oldversion"))
                        || texts.equals(Collections.nCopies(5, "newversion"));
                if (count != 3 && count != 5 || !whole) {
                    mixed.add(count + " " + texts);
                }
                reads.incrementAndGet();
                reading.countDown();
            }
        });
        // when: replaces run while the reader is already reading, and keep running until it has read a few times
        assertThat(reading.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 50 || reads.get() < 10; i++) {
            index.replaceDocument(scope, document, i % 2 == 0 ? newVersion : oldVersion);
        }
        done.set(true);
        reader.get();
        // then
        assertThat(mixed).isEmpty();
    }

    @Test
    void should_remove_the_document_when_it_is_replaced_by_no_chunks() {
        // given
        var document = DocumentId.random();
        index.replaceDocument(scope, document, List.of(chunk(document, 0, "short lived")));
        // when
        index.replaceDocument(scope, document, List.of());
        // then
        assertThat(index.count(scope)).isZero();
    }

    @Test
    void should_delete_only_that_document_when_deleting_a_document() {
        // given
        var kept = DocumentId.random();
        var deleted = DocumentId.random();
        index.replaceDocument(scope, kept, List.of(chunk(kept, 0, "keep this walrus")));
        index.replaceDocument(scope, deleted, List.of(chunk(deleted, 0, "drop this walrus")));
        // when
        index.deleteDocument(scope, deleted);
        // then
        assertThat(index.count(scope)).isEqualTo(1);
        assertThat(index.searchKeyword(scope, "walrus", 10))
                .extracting(ChunkHit::documentId)
                .containsExactly(kept);
    }

    @Test
    void should_delete_every_document_of_the_source_when_deleting_a_source() {
        // given
        var otherSource = SourceId.random();
        var first = DocumentId.random();
        var second = DocumentId.random();
        var kept = DocumentId.random();
        index.replaceDocument(scope, first, List.of(chunk(first, 0, "one")));
        index.replaceDocument(scope, second, List.of(chunk(second, 0, "two"), chunk(second, 1, "three")));
        index.replaceDocument(scope, kept, List.of(chunkOf(otherSource, kept, "four")));
        // when
        index.deleteSource(scope, source);
        // then
        assertThat(index.count(scope)).isEqualTo(1);
        assertThat(index.searchVector(scope, vector(1, 0, 0, 0), 10))
                .extracting(ChunkHit::sourceId)
                .containsExactly(otherSource);
    }

    @Test
    void should_delete_only_that_bots_chunks_when_deleting_a_bot() {
        // given
        var otherBot = new IndexScope(scope.organizationId(), BotId.random());
        var document = DocumentId.random();
        var other = DocumentId.random();
        index.replaceDocument(scope, document, List.of(chunk(document, 0, "one"), chunk(document, 1, "two")));
        index.replaceDocument(otherBot, other, List.of(chunk(other, 0, "three")));
        // when
        index.deleteBot(scope);
        // then
        assertThat(index.count(scope)).isZero();
        assertThat(index.count(otherBot)).isEqualTo(1);
        assertThat(index.searchVector(scope, vector(1, 0, 0, 0), 10)).isEmpty();
    }

    @Test
    void should_count_only_the_chunks_in_the_scope() {
        // given
        var otherTenant = randomScope();
        var document = DocumentId.random();
        var foreign = DocumentId.random();
        index.replaceDocument(scope, document, List.of(chunk(document, 0, "a"), chunk(document, 1, "b")));
        index.replaceDocument(otherTenant, foreign, canaryChunks(foreign));
        // when
        var count = index.count(scope);
        // then
        assertThat(count).isEqualTo(2);
        assertThat(index.count(otherTenant)).isEqualTo(3);
    }

    @Test
    void should_reject_a_vector_when_its_dimension_differs_from_the_index() {
        // given
        var document = DocumentId.random();
        index.replaceDocument(scope, document, List.of(chunk(document, 0, "four dimensions")));
        var wrong = DocumentId.random();
        // when / then
        assertThatThrownBy(() -> index.replaceDocument(
                        scope, wrong, List.of(chunk(wrong, 0, "three dimensions", new float[] {1, 0, 0}))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(index.count(scope)).isEqualTo(1);
    }

    @Test
    void should_reject_a_chunk_when_it_belongs_to_another_document() {
        // given
        var document = DocumentId.random();
        var stray = chunk(DocumentId.random(), 0, "stray");
        // when / then
        assertThatThrownBy(() -> index.replaceDocument(scope, document, List.of(stray)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(index.count(scope)).isZero();
    }

    @Test
    void should_reject_a_limit_when_it_is_below_one() {
        // when / then
        assertThatThrownBy(() -> index.searchVector(scope, vector(1, 0, 0, 0), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.searchKeyword(scope, "word", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_keep_the_chunks_when_the_index_is_reopened() {
        // given
        var document = DocumentId.random();
        index.replaceDocument(scope, document, List.of(chunk(document, 0, "durable platypus", vector(0, 1, 0, 0))));
        // when
        index = reopen(index);
        // then
        assertThat(index.count(scope)).isEqualTo(1);
        assertThat(index.searchKeyword(scope, "platypus", 10)).hasSize(1);
        assertThat(index.searchVector(scope, vector(0, 1, 0, 0), 10))
                .singleElement()
                .satisfies(hit -> assertThat(hit.score()).isCloseTo(1.0, within(1e-4)));
    }

    private List<IndexedChunk> chunks(DocumentId document, String word, int count) {
        var chunks = new ArrayList<IndexedChunk>();
        for (int i = 0; i < count; i++) {
            chunks.add(chunk(document, i, word + " part " + i));
        }
        return chunks;
    }

    protected static IndexScope randomScope() {
        return new IndexScope(OrganizationId.random(), BotId.random());
    }

    protected static float[] vector(float... values) {
        return values;
    }

    protected IndexedChunk chunk(DocumentId document, int ordinal, String text) {
        return chunk(document, ordinal, text, vector(1, 0, 0, 0));
    }

    protected IndexedChunk chunk(DocumentId document, int ordinal, String text, float[] vector) {
        return new IndexedChunk(
                IndexedChunk.idOf(document, ordinal), source, document, "", "https://example.com", text, vector);
    }

    private static IndexedChunk chunkOf(SourceId source, DocumentId document, String text) {
        return new IndexedChunk(IndexedChunk.idOf(document, 0), source, document, "", "", text, vector(1, 0, 0, 0));
    }

    private List<IndexedChunk> canaryChunks(DocumentId document) {
        return List.of(
                chunk(document, 0, CANARY + " secret pricing", vector(1, 0, 0, 0)),
                chunk(document, 1, "secret roadmap " + CANARY, vector(0.9f, 0.1f, 0, 0)),
                new IndexedChunk(
                        IndexedChunk.idOf(document, 2),
                        source,
                        document,
                        CANARY + " title",
                        "",
                        "hidden",
                        vector(1, 0.1f, 0, 0)));
    }
}
