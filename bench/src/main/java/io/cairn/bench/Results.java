package io.cairn.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a run's figures as JSON, with what is needed to judge them: machine, load, corpus and date. */
final class Results {

    private Results() {}

    static void write(
            Path out,
            int docs,
            Path corpus,
            String backend,
            String loadBefore,
            String loadAfter,
            Instant finished,
            List<Measure> runs,
            List<ThroughputCurve.Point> curve)
            throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "issue-8/ingestion");
        json.put("finished", finished.toString());
        json.put("corpus", corpus.toString());
        json.put("documents", docs);
        json.put("backend", backend);
        json.put("model", "bge-small-en-v1.5 quantized (ONNX, in-process)");
        json.put("machine", Machine.describe(loadBefore, loadAfter));
        json.put("runs", runs.stream().map(Results::run).toList());
        json.put("ratios", Ratios.of(runs));
        json.put("curve", curve);
        writeJson(out, json);
    }

    /** Writes a results file, creating its folder; dates as ISO text. */
    static void writeJson(Path out, Map<String, Object> json) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper()
                .findAndRegisterModules()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writeValue(out.toFile(), json);
    }

    private static Map<String, Object> run(Measure m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("key", m.key());
        r.put("label", m.label());
        r.put("docs", m.docs());
        r.put("chunks", m.chunks());
        r.put("seconds", m.seconds());
        r.put("chunksPerSecond", m.chunksPerSecond());
        r.put("docsPerSecond", m.docsPerSecond());
        return r;
    }
}
