package io.cairn.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.consumer.RecordingStream;

/**
 * What the JVM itself did over a span: JIT compilations (count, and the compile tasks' elapsed time) and
 * garbage-collection time. A latency measured while the JIT still compiles the path is a start-up figure: C2's
 * threads take the same two cores the requests need, and code still in its profiling tier runs slower than the code
 * it becomes. The compile count comes from JFR's {@code jdk.CompilerStatistics}, sampled once a second.
 */
record JvmActivity(long compilations, long compileMillis, long gcMillis, long gcCount) {

    private static final AtomicLong COMPILATIONS = new AtomicLong();
    private static RecordingStream compilerStatistics;

    /** Starts the once-a-second compile count; call it before the first snapshot, early enough for a first sample. */
    static synchronized void startCounting() {
        if (compilerStatistics == null) {
            compilerStatistics = new RecordingStream();
            compilerStatistics.enable("jdk.CompilerStatistics").withPeriod(Duration.ofSeconds(1));
            compilerStatistics.onEvent("jdk.CompilerStatistics", e -> COMPILATIONS.set(e.getLong("compileCount")));
            compilerStatistics.startAsync();
        }
    }

    static JvmActivity now() {
        synchronized (JvmActivity.class) {
            if (compilerStatistics == null) {
                // Without the stream every count would read 0, and a warm-up would look settled at once.
                throw new IllegalStateException("JvmActivity.startCounting() was not called");
            }
        }
        var jit = ManagementFactory.getCompilationMXBean();
        long compile = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        long gcTime = 0;
        long gcs = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcTime += Math.max(0, gc.getCollectionTime());
            gcs += Math.max(0, gc.getCollectionCount());
        }
        return new JvmActivity(COMPILATIONS.get(), compile, gcTime, gcs);
    }

    /** The activity between {@code earlier} and this snapshot. */
    JvmActivity since(JvmActivity earlier) {
        return new JvmActivity(
                compilations - earlier.compilations,
                compileMillis - earlier.compileMillis,
                gcMillis - earlier.gcMillis,
                gcCount - earlier.gcCount);
    }
}
