package io.cairn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * The CPU as Linux names it, with its family and whether it has AVX-512 VNNI: the model's speed moves with these
     * (twice as fast on one 2-core machine as on another of the same size), so results say which one they came from.
     */
    static String cpu() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            return field(lines, "model name") + ", family " + field(lines, "cpu family")
                    + (field(lines, "flags").contains("avx512_vnni") ? ", AVX-512 VNNI" : ", no AVX-512 VNNI");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String field(List<String> cpuinfo, String name) {
        return cpuinfo.stream()
                .filter(line -> line.startsWith(name) && line.contains(":"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst()
                .orElse("unknown");
    }

    /** The machine block of every results file: CPU, cores, JVM, heap, and the load averages around the run. */
    static Map<String, Object> describe(String loadBefore, String loadAfter) {
        return Map.of(
                "cpu", cpu(),
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
