package io.cairn.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.cairn.adapter.out.local.LocalOnnxEmbeddingAdapter;
import io.cairn.domain.chunk.ChunkingPolicy;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Which ONNX Runtime set-up embeds Cairn's own chunk texts fastest on this machine: Cairn's adapter (one
 * single-threaded, non-spinning session per core, one text per run), the stock langchain4j model (ONNX Runtime's
 * default threading, one text per run), and texts run several at a time in one padded tensor, sorted by length.
 * Not a goal of issue 8; it explains benchmark 1's a-to-c ratio. Arguments: {@code [--corpus
 * corpus.jsonl] [--sample K] [--batches 4,8,16]}.
 */
public final class EmbeddingSetupProbe {

    private EmbeddingSetupProbe() {}

    public static void main(String[] args) throws Exception {
        BenchArgs options = new BenchArgs(args);
        Path corpus = Path.of(options.get("corpus", "/work/shared/data/scifact/corpus.jsonl"));
        int sample = options.integer("sample", 3);
        List<Integer> batchSizes = Arrays.stream(
                        options.get("batches", "4,8,16").split(","))
                .map(Integer::parseInt)
                .toList();
        List<ScifactCorpus.Doc> docs = ScifactCorpus.read(corpus, Integer.MAX_VALUE);
        LocalOnnxEmbeddingAdapter cairn = new LocalOnnxEmbeddingAdapter();
        RawEmbedding raw = new RawEmbedding(cairn, ChunkingPolicy.defaults());
        List<RawEmbedding.Batch> batches = IngestionBench.everyKth(raw.batches(docs), sample);
        List<RawEmbedding.Batch> warm = raw.batches(IngestionBench.warmUp(docs));
        System.out.printf(
                "EmbeddingSetupProbe: %d texts, load average %s%n",
                RawEmbedding.chunks(batches), Machine.loadAverage());
        List<Measure> runs = new ArrayList<>();

        raw.run("warm-up", "warm-up", warm);
        runs.add(print(raw.run("cairn", "Cairn adapter: 1 thread per session, one per core", batches)));

        BgeSmallEnV15QuantizedEmbeddingModel stock = new BgeSmallEnV15QuantizedEmbeddingModel();
        Consumer<List<String>> stockEmbed =
                texts -> stock.embedAll(texts.stream().map(TextSegment::from).toList());
        RawEmbedding.time("warm-up", "warm-up", warm, stockEmbed);
        runs.add(print(RawEmbedding.time(
                "stock", "stock model: ONNX Runtime defaults, one text per run", batches, stockEmbed)));

        try (PaddedBatches padded = new PaddedBatches(Machine.cores())) {
            for (int size : batchSizes) {
                Consumer<List<String>> paddedEmbed = texts -> padded.embed(texts, size);
                RawEmbedding.time("warm-up", "warm-up", warm, paddedEmbed);
                runs.add(print(RawEmbedding.time(
                        "padded-" + size,
                        "padded runs of " + size + " texts sorted by length, 1 thread per session, one per core",
                        batches,
                        paddedEmbed)));
            }
        }
        System.out.println();
        System.out.print(Table.render(runs));
        System.exit(0);
    }

    private static Measure print(Measure m) {
        System.out.println("  " + Table.row(m));
        return m;
    }

    /** One single-threaded session per core, each running several texts of similar length in one padded tensor. */
    static final class PaddedBatches implements AutoCloseable {

        private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
        private final OrtSession session;
        private final HuggingFaceTokenizer tokenizer;
        private final ExecutorService pool;

        PaddedBatches(int threads) throws Exception {
            ClassLoader jar = BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                    InputStream model = jar.getResourceAsStream("bge-small-en-v1.5-q.onnx");
                    InputStream tokens = jar.getResourceAsStream("bge-small-en-v1.5-q-tokenizer.json")) {
                options.setIntraOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                session = environment.createSession(model.readAllBytes(), options);
                tokenizer = HuggingFaceTokenizer.newInstance(tokens, Map.of("padding", "false", "truncation", "false"));
            }
            pool = Executors.newFixedThreadPool(threads);
        }

        /** Embeds one batch's texts: sorted by length, in padded groups of {@code size}, the groups across the pool. */
        void embed(List<String> texts, int size) {
            List<Encoding> encodings = new ArrayList<>();
            for (String text : texts) {
                encodings.add(tokenizer.encode(text));
            }
            encodings.sort(Comparator.comparingInt(e -> e.getIds().length));
            List<Future<?>> runs = new ArrayList<>();
            for (int from = 0; from < encodings.size(); from += size) {
                List<Encoding> group = encodings.subList(from, Math.min(from + size, encodings.size()));
                runs.add(pool.submit(() -> encode(group)));
            }
            try {
                for (Future<?> run : runs) {
                    run.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a padded run failed", e.getCause());
            }
        }

        private float[][] encode(List<Encoding> group) throws Exception {
            int length = group.stream().mapToInt(e -> e.getIds().length).max().orElseThrow();
            long[][] ids = new long[group.size()][length];
            long[][] mask = new long[group.size()][length];
            long[][] types = new long[group.size()][length];
            for (int i = 0; i < group.size(); i++) {
                long[] source = group.get(i).getIds();
                System.arraycopy(source, 0, ids[i], 0, source.length);
                for (int j = 0; j < source.length; j++) {
                    mask[i][j] = 1;
                }
            }
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
            if (session.getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, types));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] cls = new float[group.size()][];
                for (int i = 0; i < group.size(); i++) {
                    cls[i] = hidden[i][0];
                }
                return cls;
            } finally {
                inputs.values().forEach(OnnxTensor::close);
            }
        }

        @Override
        public void close() throws Exception {
            pool.shutdownNow();
            session.close();
        }
    }
}
