package io.cairn.usecase.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.retrieval.RankFusion;
import io.cairn.domain.retrieval.RankedChunk;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.IndexedChunk;
import io.cairn.ports.out.index.RetrievalIndexPort;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RetrieverTest {

    private static final IndexScope SCOPE = new IndexScope(OrganizationId.random(), BotId.random());

    @Test
    void should_search_keywords_while_the_question_is_embedded_and_searched_by_vector_when_hybrid() {
        // given: each half waits to see the other start; run one after the other, both would give up
        var index = new MeetingIndex();
        var retriever = new Retriever(new FixedEmbedding(), index, RankFusion.defaults());

        // when
        List<RankedChunk> ranked = retriever.retrieve(SCOPE, "ferry times", RetrievalMode.HYBRID, 5);

        // then: both halves ran at once, and both rankings reached the fusion
        assertThat(index.vectorSawKeyword).isTrue();
        assertThat(index.keywordSawVector).isTrue();
        assertThat(ranked).extracting(r -> r.chunk().chunkId()).contains("v:0", "k:0");
    }

    @Test
    void should_fail_with_the_keyword_searchs_own_error_when_it_fails() {
        // given
        var index = new MeetingIndex() {
            @Override
            public List<ChunkHit> searchKeyword(IndexScope scope, String query, int limit) {
                keywordStarted.countDown();
                throw new IllegalStateException("the keyword index is unreadable");
            }
        };
        var retriever = new Retriever(new FixedEmbedding(), index, RankFusion.defaults());

        // when / then
        assertThatThrownBy(() -> retriever.retrieve(SCOPE, "ferry times", RetrievalMode.HYBRID, 5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the keyword index is unreadable");
    }

    private static ChunkHit hit(String id, double score) {
        return new ChunkHit(id, DocumentId.random(), SourceId.random(), "", "", "text " + id, score);
    }

    /** An index whose two searches each wait (up to 5 s) for the other to have started. */
    private static class MeetingIndex implements RetrievalIndexPort {
        final CountDownLatch keywordStarted = new CountDownLatch(1);
        final CountDownLatch vectorStarted = new CountDownLatch(1);
        volatile boolean vectorSawKeyword;
        volatile boolean keywordSawVector;

        @Override
        public List<ChunkHit> searchVector(IndexScope scope, float[] query, int limit) {
            vectorStarted.countDown();
            vectorSawKeyword = await(keywordStarted);
            return List.of(hit("v:0", 0.9));
        }

        @Override
        public List<ChunkHit> searchKeyword(IndexScope scope, String query, int limit) {
            keywordStarted.countDown();
            keywordSawVector = await(vectorStarted);
            return List.of(hit("k:0", 7.0));
        }

        private static boolean await(CountDownLatch other) {
            try {
                return other.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void replaceDocument(IndexScope scope, DocumentId document, List<IndexedChunk> chunks) {}

        @Override
        public void deleteDocument(IndexScope scope, DocumentId document) {}

        @Override
        public void deleteSource(IndexScope scope, SourceId source) {}

        @Override
        public void deleteBot(IndexScope scope) {}

        @Override
        public long count(IndexScope scope) {
            return 0;
        }
    }

    /** Embeds every question as the same vector. */
    private static final class FixedEmbedding implements EmbeddingPort {
        @Override
        public String modelId() {
            return "test";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public int maxInputTokens() {
            return 512;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(t -> new float[] {1, 0}).toList();
        }

        @Override
        public float[] embedQuery(String query) {
            return new float[] {1, 0};
        }

        @Override
        public int count(String text) {
            return text.split(" ").length;
        }
    }
}
