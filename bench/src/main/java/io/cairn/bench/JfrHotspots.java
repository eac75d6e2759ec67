package io.cairn.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording of a benchmark and says where a time window went: Java and native (JNI) samples by thread,
 * by top frame, and by the first frame of a known component on the stack (ONNX Runtime, the tokenizers, the
 * chunker, Lucene, H2, ...). JDK 17's {@code jfr} tool has no such view. Java and native samples are counted apart:
 * JFR takes them at different rates and samples few native threads per period, so only compare like with like.
 *
 * <p>{@code java -cp … io.cairn.bench.JfrHotspots recording.jfr [fromInstant toInstant]}
 */
public final class JfrHotspots {

    private static final int TOP = 20;
    private static final List<String[]> COMPONENTS = List.of(
            new String[] {"ai.onnxruntime.", "ONNX Runtime (model inference)"},
            new String[] {"ai.djl.huggingface.", "HuggingFace native tokenizer (DJL)"},
            new String[] {"dev.langchain4j.model.embedding.onnx.", "langchain4j ONNX wrapper (tokenizing, pooling)"},
            new String[] {"io.cairn.adapter.out.local.", "Cairn token counter / embedding adapter"},
            new String[] {"io.cairn.domain.chunk.", "Cairn chunker"},
            new String[] {"dev.langchain4j.data.document.splitter.", "langchain4j splitter"},
            new String[] {"org.apache.lucene.", "Lucene"},
            new String[] {"org.h2.", "H2"},
            new String[] {"org.postgresql.", "PostgreSQL driver"},
            new String[] {"io.cairn.adapter.out.jdbc.", "Cairn JDBC adapters"},
            new String[] {"io.micronaut.", "Micronaut"},
            new String[] {"io.cairn.usecase.", "Cairn use cases"},
            new String[] {"dev.langchain4j.store.", "langchain4j embedding store"});

    private JfrHotspots() {}

    public static void main(String[] args) throws Exception {
        Instant from = args.length > 2 ? Instant.parse(args[1]) : Instant.MIN;
        Instant to = args.length > 2 ? Instant.parse(args[2]) : Instant.MAX;
        Map<String, Integer> byThread = new HashMap<>();
        Map<String, Integer> byTopFrame = new HashMap<>();
        Map<String, Integer> byComponent = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            boolean java = type.equals("jdk.ExecutionSample");
            if (!(java || type.equals("jdk.NativeMethodSample"))
                    || e.getStartTime().isBefore(from)
                    || e.getStartTime().isAfter(to)) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            total++;
            String kind = java ? "java" : "native";
            String thread = e.getThread("sampledThread") == null
                    ? "?"
                    : e.getThread("sampledThread").getJavaName();
            byThread.merge(threadGroup(thread) + " (" + kind + ")", 1, Integer::sum);
            byTopFrame.merge(kind + " " + name(stack.getFrames().get(0)), 1, Integer::sum);
            byComponent.merge(kind + " " + component(stack), 1, Integer::sum);
        }
        System.out.printf("%d samples (Java and native) between %s and %s%n", total, from, to);
        print("by thread", byThread, total);
        print("by component (first known frame from the top of the stack)", byComponent, total);
        print("by top frame", byTopFrame, total);
    }

    private static String threadGroup(String name) {
        return name == null ? "?" : name.replaceAll("[-#]?\\d+$", "-N");
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String component(RecordedStackTrace stack) {
        for (RecordedFrame f : stack.getFrames()) {
            String type = f.getMethod().getType().getName();
            for (String[] c : COMPONENTS) {
                if (type.startsWith(c[0])) {
                    return c[1];
                }
            }
        }
        return "other (JDK, GC helpers, ...)";
    }

    private static void print(String title, Map<String, Integer> counts, int total) {
        System.out.printf("%n%s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(TOP)
                .forEach(en -> System.out.printf(
                        "  %5.1f%%  %6d  %s%n", 100.0 * en.getValue() / total, en.getValue(), en.getKey()));
    }
}
