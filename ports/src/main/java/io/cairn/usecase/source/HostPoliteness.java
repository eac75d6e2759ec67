package io.cairn.usecase.source;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Keeps every crawl in this process polite to each host: at most {@code perHost} requests at once, and a pause of
 * at least {@code delay} (or the site's own robots.txt crawl delay, up to {@link #MAX_DELAY}) between two of them.
 */
public final class HostPoliteness {

    static final Duration MAX_DELAY = Duration.ofSeconds(10);

    private final Duration delay;
    private final int perHost;
    private final Map<String, Gate> gates = new ConcurrentHashMap<>();

    public HostPoliteness(Duration delay, int perHost) {
        if (delay.isNegative() || perHost < 1) {
            throw new IllegalArgumentException("delay must not be negative and perHost must be at least 1");
        }
        this.delay = delay;
        this.perHost = perHost;
    }

    public static HostPoliteness defaults() {
        return new HostPoliteness(Duration.ofMillis(500), 1);
    }

    <T> T call(String host, Duration siteDelay, Supplier<T> request) {
        Gate gate = gates.computeIfAbsent(host, h -> new Gate(perHost));
        Duration pause = siteDelay.compareTo(delay) > 0 ? min(siteDelay, MAX_DELAY) : delay;
        gate.permits.acquireUninterruptibly();
        try {
            gate.waitTurn(pause);
            return request.get();
        } finally {
            gate.permits.release();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    /** One host's permits and the time of its last request. */
    private static final class Gate {
        final Semaphore permits;
        private long lastNanos;
        private boolean used;

        Gate(int permits) {
            this.permits = new Semaphore(permits, true);
        }

        synchronized void waitTurn(Duration pause) {
            long now = System.nanoTime();
            if (used) {
                long waitNanos = lastNanos + pause.toNanos() - now;
                if (waitNanos > 0) {
                    sleep(waitNanos);
                }
            }
            used = true;
            lastNanos = System.nanoTime();
        }

        private static void sleep(long nanos) {
            try {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
