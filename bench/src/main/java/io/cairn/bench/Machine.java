package io.cairn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What the results need to say about the machine they were measured on. */
final class Machine {

    private Machine() {}

    /** The 1, 5 and 15 minute load averages, or "unknown" off Linux. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static String java() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The machine block of every results file: cores, JVM, heap, and the load averages around the run. */
    static Map<String, Object> describe(String loadBefore, String loadAfter) {
        return Map.of(
                "cores", cores(),
                "java", java(),
                "maxHeapMiB", maxHeapMiB(),
                "loadAverageBefore", loadBefore,
                "loadAverageAfter", loadAfter);
    }

    static long maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
