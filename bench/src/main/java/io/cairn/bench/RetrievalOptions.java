package io.cairn.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark 2's command line: {@code [--sizes 10000,100000] [--queries 200] [--clients 1,2,4,8] [--timed 800] [--max-seconds 8]
 * [--cache dir] [--out file.json] [--charts dir] [--skip-stock] [--skip-unprepared]}. PostgreSQL runs when {@code CAIRN_BENCH_DB_URL}
 * names a throwaway database with the vector extension (user and password in CAIRN_BENCH_DB_USER and
 * CAIRN_BENCH_DB_PASSWORD); otherwise only Lucene is measured.
 */
record RetrievalOptions(
        List<Integer> sizes,
        int queryCount,
        List<Integer> clients,
        int timedQueries,
        double maxSeconds,
        Path corpus,
        Path queryFile,
        Path cache,
        Path out,
        Path chartDir,
        boolean skipStock,
        boolean unpreparedVariant,
        boolean skipLucene,
        String dbUrl) {

    static RetrievalOptions parse(String[] args) {
        List<Integer> sizes = List.of(10_000, 100_000);
        int queryCount = 200;
        List<Integer> clients = List.of(1, 2, 4, 8);
        int timed = 800;
        double maxSeconds = 8;
        Path scifact = Path.of("/work/shared/data/scifact");
        Path cache = Path.of("bench/target/retrieval-cache");
        Path out = Path.of("bench/target/retrieval-results.json");
        Path charts = Path.of("bench/target");
        boolean skipStock = false;
        boolean unprepared = false;
        boolean skipLucene = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = ints(args[++i]);
                case "--queries" -> queryCount = Integer.parseInt(args[++i]);
                case "--clients" -> clients = ints(args[++i]);
                case "--timed" -> timed = Integer.parseInt(args[++i]);
                case "--max-seconds" -> maxSeconds = Double.parseDouble(args[++i]);
                case "--scifact" -> scifact = Path.of(args[++i]);
                case "--cache" -> cache = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--charts" -> charts = Path.of(args[++i]);
                case "--skip-stock" -> skipStock = true;
                case "--with-unprepared" -> unprepared = true;
                case "--skip-lucene" -> skipLucene = true;
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        String db = System.getenv().getOrDefault("CAIRN_BENCH_DB_URL", "");
        return new RetrievalOptions(
                sizes,
                queryCount,
                clients,
                timed,
                maxSeconds,
                scifact.resolve("corpus.jsonl"),
                scifact.resolve("queries.jsonl"),
                cache,
                out,
                charts,
                skipStock,
                unprepared,
                skipLucene,
                db);
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
    }
}
