package io.cairn.bench;

import dev.langchain4j.data.document.Document;
import io.cairn.domain.chunk.ChunkingPolicy;
import io.cairn.host.server.StartupProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 1 of issue 8, ingestion on SciFact with bge-small-en-v1.5 quantized: (a) the raw model over Cairn's
 * chunk texts, (b) Cairn's full pipeline (parse, chunk, embed, index) on the embedded default, or on PostgreSQL when
 * {@code CAIRN_DB_URL} names a throwaway database, and (c) the stock langchain4j pipeline. Prints a table and writes
 * JSON. Run as docs/benchmarks.md says.
 *
 * <p>Arguments: {@code [corpus.jsonl] [--limit N] [--out file.json] [--skip-raw] [--skip-stock] [--sample K]}. Runs a
 * and c time a systematic sample (every K-th batch, every K-th document; K is 3 unless given), so the three runs
 * fit in 15 minutes on two cores: the ratios compare rates, and b always runs the whole corpus.
 */
public final class IngestionBench {

    private static final int WARM_UP_DOCS = 64;

    private IngestionBench() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<ScifactCorpus.Doc> docs = ScifactCorpus.read(options.corpus(), options.limit());
        String before = Machine.loadAverage();
        String backend = System.getenv().getOrDefault("CAIRN_DB_URL", "").isBlank() ? "embedded" : "postgres";
        System.out.printf(
                "IngestionBench: %d documents from %s, backend %s, load average %s%n",
                docs.size(), options.corpus(), backend, before);
        ChunkingPolicy policy = ChunkingPolicy.defaults();
        List<Measure> runs = new ArrayList<>();
        List<ThroughputCurve.Point> points;
        Path dataDir = Files.createTempDirectory("cairn-ingestion-bench");
        try (CairnIngestion cairn = new CairnIngestion(properties(dataDir))) {
            cairn.ingest("warm-up", "warm-up", warmUp(docs));
            ThroughputCurve curve = new ThroughputCurve();
            Measure pipeline = cairn.ingest("b", "Cairn pipeline, " + backend, docs, curve);
            points = curve.points();
            runs.add(pipeline);
            System.out.println("  " + Table.row(pipeline));
            if (!options.skipRaw()) {
                RawEmbedding raw = new RawEmbedding(cairn.embedding(), policy);
                raw.run("warm-up", "warm-up", raw.batches(warmUp(docs)));
                List<RawEmbedding.Batch> batches = raw.batches(docs);
                if (RawEmbedding.chunks(batches) != pipeline.chunks()) {
                    System.out.printf(
                            "WARNING: the raw run rebuilt %d texts but the pipeline embedded %d chunks%n",
                            RawEmbedding.chunks(batches), pipeline.chunks());
                }
                Measure model = raw.run(
                        "a",
                        "raw model embedAll (LocalOnnxEmbeddingAdapter)" + sampled(options.sample()),
                        everyKth(batches, options.sample()));
                runs.add(0, model);
                System.out.println("  " + Table.row(model));
            }
        }
        if (!options.skipStock()) {
            StockLangchain4jIngestion stock = new StockLangchain4jIngestion(policy.maxTokens(), policy.overlapTokens());
            List<Document> documents = StockLangchain4jIngestion.documents(everyKth(docs, options.sample()));
            Measure split = stock.split(
                    "c-split", "stock splitter alone (recursive, HF tokenizer)" + sampled(options.sample()), documents);
            List<Document> warm = StockLangchain4jIngestion.documents(warmUp(docs));
            stock.ingest("warm-up", "warm-up", warm, 0);
            Measure ingest = stock.ingest(
                    "c",
                    "stock langchain4j, InMemoryEmbeddingStore" + sampled(options.sample()),
                    documents,
                    split.chunks());
            runs.add(ingest);
            runs.add(split);
            System.out.println("  " + Table.row(ingest));
        }
        String after = Machine.loadAverage();
        System.out.println();
        System.out.print(Table.render(runs));
        Path out = options.out();
        Results.write(out, docs.size(), options.corpus(), backend, before, after, Instant.now(), runs, points);
        System.out.println("Results written to " + out.toAbsolutePath());
        Path chart = options.out().resolveSibling("ingestion-" + backend + ".png");
        IngestionChart.write(chart, points, runs);
        System.out.println("Chart written to " + chart.toAbsolutePath());
        System.exit(0);
    }

    /** Every {@code k}-th item (batch or document), starting with the first: a systematic sample of a rate. */
    static <T> List<T> everyKth(List<T> items, int k) {
        List<T> sample = new ArrayList<>();
        for (int i = 0; i < items.size(); i += k) {
            sample.add(items.get(i));
        }
        return sample;
    }

    private static String sampled(int k) {
        return k == 1 ? "" : ", every " + k + (k == 2 ? "nd" : k == 3 ? "rd" : "th");
    }

    /** The first documents under another title: embedding inputs the timed run does not share, so no cache hits. */
    static List<ScifactCorpus.Doc> warmUp(List<ScifactCorpus.Doc> docs) {
        return docs.stream()
                .limit(WARM_UP_DOCS)
                .map(d -> new ScifactCorpus.Doc("warm-" + d.id(), "Warm-up " + d.title(), d.text()))
                .toList();
    }

    private static Map<String, Object> properties(Path dataDir) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("CAIRN_DATA_DIR", dataDir.toString());
        env.put("CAIRN_JWT_SECRET", "a-benchmark-secret-that-is-long-enough-for-hs256-signing");
        Map<String, Object> p = new HashMap<>(StartupProperties.resolve(env));
        p.put("cairn.demo.enabled", false);
        p.put("cairn.jobs.enabled", false);
        UnlimitedPlans.into(p);
        return p;
    }

    /** The command line. */
    record Options(Path corpus, int limit, Path out, boolean skipRaw, boolean skipStock, int sample) {

        static Options parse(String[] args) {
            Path corpus = Path.of("/work/shared/data/scifact/corpus.jsonl");
            int limit = Integer.MAX_VALUE;
            Path out = Path.of("bench/target/ingestion-results.json");
            boolean skipRaw = false;
            boolean skipStock = false;
            int sample = 3;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--limit" -> limit = Integer.parseInt(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--skip-raw" -> skipRaw = true;
                    case "--skip-stock" -> skipStock = true;
                    case "--sample" -> sample = Integer.parseInt(args[++i]);
                    default -> corpus = Path.of(args[i]);
                }
            }
            if (sample < 1) {
                throw new IllegalArgumentException("--sample must be at least 1");
            }
            return new Options(corpus, limit, out, skipRaw, skipStock, sample);
        }
    }
}
