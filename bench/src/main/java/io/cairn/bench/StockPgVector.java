package io.cairn.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.pgvector.PgVectorEmbeddingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The stock langchain4j {@link PgVectorEmbeddingStore} over the same vectors and texts: first with its defaults (no
 * vector index, so an exact sequential scan), then with the IVFFlat index it offers ({@code useIndex}, lists =
 * rows / 1000 as pgvector advises, probes left at pgvector's default of 1). It has no HNSW option.
 */
final class StockPgVector {

    private static final int BATCH = 1000;

    private final DataSource dataSource;
    private final BenchCorpus corpus;
    private final List<float[]> queryVectors;
    private final String table;
    private PgVectorEmbeddingStore store;

    StockPgVector(DataSource dataSource, BenchCorpus corpus, List<float[]> queryVectors) {
        this.dataSource = dataSource;
        this.corpus = corpus;
        this.queryVectors = queryVectors;
        this.table = "stock_embeddings_" + corpus.size();
    }

    /** Creates the table afresh and adds every chunk with {@code addAll} in batches of 1,000; returns seconds. */
    double load() {
        store = builder().dropTableFirst(true).useIndex(false).build();
        long start = System.nanoTime();
        for (int from = 0; from < corpus.size(); from += BATCH) {
            int to = Math.min(corpus.size(), from + BATCH);
            List<String> ids = new ArrayList<>();
            List<Embedding> embeddings = new ArrayList<>();
            List<TextSegment> segments = new ArrayList<>();
            for (int c = from; c < to; c++) {
                ids.add(new UUID(0, c).toString());
                embeddings.add(Embedding.from(corpus.vectors().get(c)));
                segments.add(TextSegment.from(corpus.text(c)));
            }
            store.addAll(ids, embeddings, segments);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Adds the IVFFlat index through the store's own option; returns the seconds the build took. */
    double addIvfFlatIndex() {
        long start = System.nanoTime();
        store = builder()
                .useIndex(true)
                .indexListSize(Math.max(1, corpus.size() / 1000))
                .build();
        return (System.nanoTime() - start) / 1e9;
    }

    LatencyRun.Search search() {
        return q -> {
            var request = EmbeddingSearchRequest.builder()
                    .queryEmbedding(Embedding.from(queryVectors.get(q)))
                    .maxResults(CairnRetrieval.LIMIT)
                    .build();
            List<String> ids = new ArrayList<>();
            for (EmbeddingMatch<TextSegment> match : store.search(request).matches()) {
                ids.add(corpus.chunkId(
                        (int) UUID.fromString(match.embeddingId()).getLeastSignificantBits()));
            }
            return ids;
        };
    }

    private PgVectorEmbeddingStore.DatasourceBuilder builder() {
        return PgVectorEmbeddingStore.datasourceBuilder()
                .datasource(dataSource)
                .table(table)
                .dimension(corpus.vectors().get(0).length)
                .createTable(true);
    }
}
