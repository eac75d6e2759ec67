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
 * <p>Arguments: {@code [corpus.jsonl] [--limit N] [--out file.json] [--skip-raw] [--skip-stock]}.
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
        Path dataDir = Files.createTempDirectory("cairn-ingestion-bench");
        try (CairnIngestion cairn = new CairnIngestion(properties(dataDir))) {
            cairn.ingest("warm-up", "warm-up", warmUp(docs));
            Measure pipeline = cairn.ingest("b", "Cairn pipeline, " + backend, docs);
            runs.add(pipeline);
            System.out.println("  " + Table.row(pipeline));
            if (!options.skipRaw()) {
                RawEmbedding raw = new RawEmbedding(cairn.embedding(), policy);
                raw.run("warm-up", "warm-up", WARM_UP_DOCS, raw.batches(warmUp(docs)));
                List<List<String>> batches = raw.batches(docs);
                Measure model = raw.run("a", "raw model embedAll (LocalOnnxEmbeddingAdapter)", docs.size(), batches);
                runs.add(0, model);
                System.out.println("  " + Table.row(model));
                if (model.chunks() != pipeline.chunks()) {
                    System.out.printf(
                            "WARNING: the raw run embedded %d texts but the pipeline %d chunks%n",
                            model.chunks(), pipeline.chunks());
                }
            }
        }
        if (!options.skipStock()) {
            StockLangchain4jIngestion stock = new StockLangchain4jIngestion(policy.maxTokens(), policy.overlapTokens());
            List<Document> documents = StockLangchain4jIngestion.documents(docs);
            Measure split = stock.split("c-split", "stock splitter alone (recursive, HF tokenizer)", documents);
            List<Document> warm = StockLangchain4jIngestion.documents(warmUp(docs));
            stock.ingest("warm-up", "warm-up", warm, 0);
            Measure ingest = stock.ingest("c", "stock langchain4j, InMemoryEmbeddingStore", documents, split.chunks());
            runs.add(ingest);
            runs.add(split);
            System.out.println("  " + Table.row(ingest));
        }
        String after = Machine.loadAverage();
        System.out.println();
        System.out.print(Table.render(runs));
        Path out = options.out();
        Results.write(out, docs.size(), options.corpus(), backend, before, after, Instant.now(), runs);
        System.out.println("Results written to " + out.toAbsolutePath());
        System.exit(0);
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
        return p;
    }

    /** The command line. */
    record Options(Path corpus, int limit, Path out, boolean skipRaw, boolean skipStock) {

        static Options parse(String[] args) {
            Path corpus = Path.of("/work/shared/data/scifact/corpus.jsonl");
            int limit = Integer.MAX_VALUE;
            Path out = Path.of("bench/target/ingestion-results.json");
            boolean skipRaw = false;
            boolean skipStock = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--limit" -> limit = Integer.parseInt(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--skip-raw" -> skipRaw = true;
                    case "--skip-stock" -> skipStock = true;
                    default -> corpus = Path.of(args[i]);
                }
            }
            return new Options(corpus, limit, out, skipRaw, skipStock);
        }
    }
}
