package io.cairn.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cairn.adapter.out.local.LocalOnnxEmbeddingAdapter;
import io.cairn.adapter.out.lucene.LuceneRetrievalIndexAdapter;
import io.cairn.adapter.out.pgvector.PgVectorRetrievalIndexAdapter;
import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.retrieval.Fusion;
import io.cairn.domain.retrieval.RankedChunk;
import io.cairn.domain.retrieval.ScoreFusion;
import io.cairn.ports.out.index.RetrievalIndexPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Benchmark 2 of issue 8: top-10 retrieval latency (p50, p99) and recall@10 against exact search, for Cairn's
 * {@code vector} and {@code hybrid} modes on Lucene and on pgvector, beside the stock langchain4j
 * {@code PgVectorEmbeddingStore}, at several corpus sizes and client counts. Prints a table, writes JSON and a
 * latency-against-concurrency chart per size. Run as docs/benchmarks.md says.
 */
public final class RetrievalBench {

    /** The server's default fusion (cairn.retrieval.fusion: method score, alpha 0.7, see FusionSettings). */
    private static final Fusion SERVER_FUSION = new ScoreFusion(0.7);

    /** The table label says how the rows were loaded: without the HNSW index, built after the load. */
    private static final String PGVECTOR = "Cairn pgvector (HNSW after load)";

    private static final String LUCENE = "Cairn Lucene (optimized)";

    /** Fits the 100,000-chunk graph, so the build never spills to disk. */
    private static final int HNSW_BUILD_MEMORY_MB = 1024;

    private final RetrievalOptions options;
    private final List<Map<String, Object>> pgvectorLoads = new ArrayList<>();
    private final List<Map<String, Object>> optimizeSeconds = new ArrayList<>();
    private final List<RetrievalRow> rows = new ArrayList<>();
    private List<String> queries;
    private List<float[]> queryVectors;

    private RetrievalBench(RetrievalOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new RetrievalBench(RetrievalOptions.parse(args)).run();
        System.exit(0);
    }

    private void run() throws Exception {
        String before = Machine.loadAverage();
        Instant started = Instant.now();
        System.out.printf(
                "RetrievalBench: sizes %s, %d queries, clients %s, load average %s%n",
                options.sizes(), options.queryCount(), options.clients(), before);
        int largest = options.sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<String> texts = SyntheticChunks.generate(options.corpus(), largest);
        queries = SyntheticChunks.queries(options.queryFile(), options.queryCount());
        EmbeddingCache cache = new EmbeddingCache(options.cache(), new LocalOnnxEmbeddingAdapter());
        List<float[]> vectors = cache.passages("chunks", texts);
        // "plain": embedded as written, without the instruction queries carried before ADR 18 (a new cache file).
        queryVectors = cache.queries("plain-queries", queries);
        try (HikariDataSource pg = options.dbUrl().isBlank() ? null : dataSource()) {
            for (int size : options.sizes()) {
                measureSize(new BenchCorpus(texts, vectors, size), pg);
            }
        }
        String after = Machine.loadAverage();
        System.out.println();
        System.out.println(RetrievalRow.header());
        rows.forEach(r -> System.out.println(r.line()));
        for (int size : options.sizes()) {
            Path png = options.chartDir().resolve("retrieval-latency-%dk.png".formatted(size / 1000));
            RetrievalChart.write(png, size, rows);
            System.out.println("Chart written to " + png.toAbsolutePath());
        }
        writeJson(started, before, after);
        System.out.println("Results written to " + options.out().toAbsolutePath());
    }

    private void measureSize(BenchCorpus corpus, HikariDataSource pg) throws Exception {
        System.out.printf("%n%,d chunks%n", corpus.size());
        long start = System.nanoTime();
        List<List<ExactSearch.Neighbour>> exact =
                ExactSearch.nearest(corpus.vectors(), queryVectors, CairnRetrieval.HYBRID_DEPTH);
        System.out.printf("  exact search: %d queries in %.1f s%n", queries.size(), (System.nanoTime() - start) / 1e9);
        List<List<String>> exactTop10 = exact.stream()
                .map(n -> n.stream()
                        .limit(CairnRetrieval.LIMIT)
                        .map(x -> corpus.chunkId(x.chunk()))
                        .toList())
                .toList();
        var embeddings = new PrecomputedQueryEmbeddings(queries, queryVectors);
        int dimension = queryVectors.get(0).length;
        if (!options.skipLucene()) {
            Path dir = Files.createTempDirectory("cairn-retrieval-bench");
            try (var lucene = new LuceneRetrievalIndexAdapter(dir, dimension)) {
                CairnRetrieval cairn = new CairnRetrieval(lucene, embeddings, SERVER_FUSION, corpus, queries);
                double load = load("Cairn Lucene", cairn, corpus) + optimize("Cairn Lucene", lucene, corpus);
                measureModes(LUCENE, cairn, load, corpus, exact, exactTop10);
            } finally {
                deleteTree(dir);
            }
        }
        if (pg == null) {
            return;
        }
        resetCairnTables(pg);
        var adapter = new PgVectorRetrievalIndexAdapter(pg, dimension).migrate();
        CairnRetrieval cairn = new CairnRetrieval(adapter, embeddings, SERVER_FUSION, corpus, queries);
        double load = bulkLoad(adapter, cairn, corpus) + optimize("Cairn pgvector", adapter, corpus);
        measureModes(PGVECTOR, cairn, load, corpus, exact, exactTop10);
        if (options.unpreparedVariant()) {
            // The same tables through connections that never server-prepare statements (prepareThreshold=0), so
            // PostgreSQL plans every query with its parameter values: what the default driver setting costs.
            try (HikariDataSource unprepared = dataSource("prepareThreshold=0")) {
                var plain = new PgVectorRetrievalIndexAdapter(unprepared, dimension);
                CairnRetrieval variant = new CairnRetrieval(plain, embeddings, SERVER_FUSION, corpus, queries);
                measureModes(PGVECTOR + ", prepareThreshold=0", variant, load, corpus, exact, exactTop10);
            }
        }
        if (!options.skipStock()) {
            measureStock(pg, corpus, exactTop10);
        }
    }

    /**
     * The bulk load the adapter documents: rows inserted without the HNSW index, which is built once afterwards with
     * {@link #HNSW_BUILD_MEMORY_MB} of maintenance_work_mem. Its load seconds are both parts, each reported apart.
     */
    private double bulkLoad(PgVectorRetrievalIndexAdapter adapter, CairnRetrieval cairn, BenchCorpus corpus) {
        adapter.dropVectorIndex();
        double insert = load("Cairn pgvector rows, no HNSW index", cairn, corpus);
        long start = System.nanoTime();
        adapter.buildVectorIndex(HNSW_BUILD_MEMORY_MB);
        double index = (System.nanoTime() - start) / 1e9;
        System.out.printf("  Cairn pgvector: HNSW index built in %.1f s%n", index);
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("size", corpus.size());
        parts.put("insertSeconds", insert);
        parts.put("hnswBuildSeconds", index);
        parts.put("maintenanceWorkMemMb", HNSW_BUILD_MEMORY_MB);
        pgvectorLoads.add(parts);
        return insert + index;
    }

    private static double load(String system, CairnRetrieval cairn, BenchCorpus corpus) {
        double load = cairn.load();
        System.out.printf("  %s: %,d chunks loaded in %.1f s%n", system, corpus.size(), load);
        return load;
    }

    private void measureModes(
            String system,
            CairnRetrieval cairn,
            double load,
            BenchCorpus corpus,
            List<List<ExactSearch.Neighbour>> exact,
            List<List<String>> exactTop10)
            throws Exception {
        measure(corpus.size(), system, "vector", cairn.search(RetrievalMode.VECTOR), exactTop10, load);
        List<List<String>> hybridReference = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            List<ChunkHit> exactHits = exact.get(q).stream()
                    .map(n -> corpus.hit(n.chunk(), n.cosine()))
                    .toList();
            hybridReference.add(SERVER_FUSION.fuse(exactHits, cairn.keyword(q), CairnRetrieval.LIMIT).stream()
                    .map(RankedChunk::chunk)
                    .map(ChunkHit::chunkId)
                    .toList());
        }
        measure(corpus.size(), system, "hybrid", cairn.search(RetrievalMode.HYBRID), hybridReference, load);
    }

    private void measureStock(HikariDataSource pg, BenchCorpus corpus, List<List<String>> exactTop10) throws Exception {
        StockPgVector stock = new StockPgVector(pg, corpus, queryVectors);
        double load = stock.load();
        System.out.printf("  stock PgVectorEmbeddingStore: %,d chunks loaded in %.1f s%n", corpus.size(), load);
        measure(corpus.size(), "stock PgVectorEmbeddingStore", "vector", stock.search(), exactTop10, load);
        double index = stock.addIvfFlatIndex();
        System.out.printf("  stock IVFFlat index built in %.1f s%n", index);
        measure(
                corpus.size(),
                "stock PgVectorEmbeddingStore IVFFlat",
                "vector",
                stock.search(),
                exactTop10,
                load + index);
    }

    private void measure(
            int size, String system, String mode, LatencyRun.Search search, List<List<String>> reference, double load)
            throws Exception {
        List<List<String>> answers = LatencyRun.answers(search, queries.size());
        double recall = LatencyRun.recall(answers, reference);
        for (int clients : options.clients()) {
            int perClient = Math.max(1, options.timedQueries() / clients);
            LatencyRun.Outcome outcome =
                    LatencyRun.measure(search, queries.size(), clients, perClient, options.maxSeconds(), answers);
            RetrievalRow row = RetrievalRow.of(size, system, mode, outcome, recall, load);
            rows.add(row);
            System.out.println("  " + row.line() + "   [" + row.from() + " to " + row.to() + "]");
        }
    }

    private HikariDataSource dataSource(String... urlParameters) {
        HikariConfig config = new HikariConfig();
        String url = options.dbUrl();
        for (String parameter : urlParameters) {
            url += (url.contains("?") ? "&" : "?") + parameter;
        }
        config.setJdbcUrl(url);
        config.setUsername(System.getenv().getOrDefault("CAIRN_BENCH_DB_USER", ""));
        config.setPassword(System.getenv().getOrDefault("CAIRN_BENCH_DB_PASSWORD", ""));
        int most = options.clients().stream().mapToInt(Integer::intValue).max().orElse(1);
        config.setMaximumPoolSize(most + 2);
        return new HikariDataSource(config);
    }

    /** Each size starts from empty tables; the adapter's migrate() creates them as the server does. */
    private static void resetCairnTables(HikariDataSource pg) throws Exception {
        try (Connection c = pg.getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "DROP TABLE IF EXISTS index_terms, index_postings, index_chunks, index_scope_stats, index_term_stats CASCADE");
        }
    }

    /**
     * The operator's step after a bulk load, {@code cairn optimize-index}: Lucene merges its segments into one,
     * pgvector runs VACUUM ANALYZE. Its seconds count in the load column and are reported apart.
     */
    private double optimize(String system, RetrievalIndexPort index, BenchCorpus corpus) {
        long start = System.nanoTime();
        index.optimize();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %s: optimized (cairn optimize-index) in %.1f s%n", system, seconds);
        optimizeSeconds.add(Map.of("system", system, "size", corpus.size(), "seconds", seconds));
        return seconds;
    }

    private void writeJson(Instant started, String before, String after) throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "issue-8/retrieval");
        json.put("started", started.toString());
        json.put("finished", Instant.now().toString());
        json.put(
                "corpus",
                "synthetic %d-%d word chunks from the SciFact vocabulary (seed %d); the smaller size is a"
                                .formatted(SyntheticChunks.MIN_WORDS, SyntheticChunks.MAX_WORDS, SyntheticChunks.SEED)
                        + " prefix of the larger");
        json.put("queries", "first %d SciFact queries".formatted(queries.size()));
        json.put("model", "bge-small-en-v1.5 quantized (ONNX, in-process), query embeddings precomputed");
        json.put("machine", Machine.describe(before, after));
        json.put(
                "pgvectorLoad",
                "Cairn pgvector rows are written through replaceDocuments without the HNSW index"
                        + " (dropVectorIndex), which buildVectorIndex then creates; load s is the sum of both parts");
        json.put("pgvectorLoads", pgvectorLoads);
        json.put("optimizeSeconds", optimizeSeconds);
        json.put("rows", rows);
        Results.writeJson(options.out(), json);
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
