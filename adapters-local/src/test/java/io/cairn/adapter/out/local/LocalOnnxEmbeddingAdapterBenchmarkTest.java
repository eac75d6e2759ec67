package io.cairn.adapter.out.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Compares ways to run the model; slow, so it runs only with -Dcairn.benchmark=true. */
@EnabledIfSystemProperty(named = "cairn.benchmark", matches = "true")
class LocalOnnxEmbeddingAdapterBenchmarkTest {

    private static final int TEXTS = Integer.getInteger("cairn.benchmark.texts", 500);
    private static final int ROUNDS = Integer.getInteger("cairn.benchmark.rounds", 1);

    @Test
    void should_report_throughput_when_embedding_texts_of_about_200_words() {
        // given
        List<String> texts = texts(TEXTS, new Random(7));
        Map<String, Supplier<EmbeddingModel>> options = new LinkedHashMap<>();
        options.put("stock session, langchain4j default executor", BgeSmallEnV15QuantizedEmbeddingModel::new);
        options.put(
                "no-spin session, 2 ORT threads, calling thread", () -> new QuietBgeSmallEnV15Model(Runnable::run, 2));
        options.put("no-spin session, 1 ORT thread x 1 worker per core (chosen)", QuietBgeSmallEnV15Model::onePerCore);
        Map<String, LocalOnnxEmbeddingAdapter> adapters = new LinkedHashMap<>();
        options.forEach((name, model) -> adapters.put(name, new LocalOnnxEmbeddingAdapter(model.get())));
        adapters.values().forEach(a -> a.embedAll(texts.subList(0, 8)));

        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, LocalOnnxEmbeddingAdapter> option : adapters.entrySet()) {
                // when
                report(option.getKey(), option.getValue(), texts);
                reportQueryLatency(option.getKey(), option.getValue());
            }
        }

        // then
        assertThat(adapters).hasSize(3);
    }

    private static void report(String name, LocalOnnxEmbeddingAdapter adapter, List<String> texts) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<float[]> vectors = adapter.embedAll(texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        assertThat(vectors).hasSize(texts.size());
        System.out.printf(
                "%-60s %5.1f texts/s wall, %5.1f texts per CPU-second, load %.1f%n",
                name, texts.size() / seconds, texts.size() / cpuSeconds, os.getSystemLoadAverage());
    }

    private static void reportQueryLatency(String name, LocalOnnxEmbeddingAdapter adapter) {
        int queries = 20;
        long start = System.nanoTime();
        for (int i = 0; i < queries; i++) {
            adapter.embedQuery("How do I reset my password if the email never arrives? (" + i + ")");
        }
        System.out.printf("%-60s %5.1f ms per query%n", name, (System.nanoTime() - start) / 1e6 / queries);
    }

    static List<String> texts(int n, Random random) {
        List<String> sentences = new ArrayList<>();
        for (String passage : List.of(HelpCentre.PASSWORD_RESET, HelpCentre.BILLING, HelpCentre.EXPORT)) {
            sentences.addAll(io.cairn.domain.chunk.SentenceSplitter.split(passage));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int words = 150 + random.nextInt(100);
            while (text.toString().split(" ").length < words) {
                text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            }
            texts.add(text.toString().strip() + " (" + i + ")");
        }
        return texts;
    }
}
