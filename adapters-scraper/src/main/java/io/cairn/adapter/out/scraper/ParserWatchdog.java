package io.cairn.adapter.out.scraper;

import io.cairn.ports.out.parsing.DocumentParseException;
import io.cairn.ports.out.parsing.DocumentParseException.Reason;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each parse on a daemon thread with a deadline. A parse past its deadline is interrupted and abandoned; one that
 * ignores the interrupt keeps its thread, so those are counted, and once {@code maxStuck} are still running a new
 * parse waits one timeout for one to end, then is refused: a hostile file costs a document, never every core.
 */
final class ParserWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ParserWatchdog.class);
    private static final AtomicInteger WORKER_IDS = new AtomicInteger();

    private final Duration timeout;
    private final int maxStuck;
    private final AtomicInteger stuck = new AtomicInteger();
    private final Object slotFreed = new Object();
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        // Daemon threads: an abandoned parse must not keep the JVM alive.
        Thread thread = new Thread(task, "cairn-parser-" + WORKER_IDS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    ParserWatchdog(Duration timeout, int maxStuck) {
        this.timeout = timeout;
        this.maxStuck = maxStuck;
    }

    /** Parse threads that outlived their deadline and have not stopped yet. */
    int stuckThreads() {
        return stuck.get();
    }

    /** Whether the stuck threads fill the cap, so a new parse must wait for one of them or be refused. */
    boolean saturated() {
        return stuck.get() >= maxStuck;
    }

    /** @throws Exception what {@code parse} threw, or a {@link DocumentParseException} on timeout or refusal */
    <T> T run(Callable<T> parse) throws Exception {
        awaitFreeSlot();
        Watched<T> watched = new Watched<>(parse);
        Future<T> job = workers.submit(watched);
        try {
            return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(job, watched);
            throw new DocumentParseException(Reason.TIMEOUT, "parsing took longer than " + limit(), e);
        } catch (InterruptedException e) {
            abandon(job, watched);
            Thread.currentThread().interrupt();
            throw new DocumentParseException(Reason.TIMEOUT, "parsing was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Waits up to one timeout for a stuck thread to end, since a merely slow parse ends on its own. */
    private void awaitFreeSlot() {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (slotFreed) {
            try {
                while (saturated()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        LOG.error("Refusing to parse: {} parser threads ignored their timeout and still run", maxStuck);
                        throw new DocumentParseException(
                                Reason.UNAVAILABLE,
                                "parsing is paused because earlier files hung the parser; retry later");
                    }
                    TimeUnit.NANOSECONDS.timedWait(slotFreed, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DocumentParseException(Reason.UNAVAILABLE, "parsing was interrupted while paused", e);
            }
        }
    }

    private void abandon(Future<?> job, Watched<?> watched) {
        job.cancel(true);
        if (watched.abandon()) {
            int now = stuck.incrementAndGet();
            LOG.warn(
                    "Abandoned parser thread {} after {}; {} of at most {} stuck threads",
                    watched.thread,
                    limit(),
                    now,
                    maxStuck);
        }
    }

    private String limit() {
        long millis = timeout.toMillis();
        return millis < 1000 ? millis + " ms" : timeout.toSeconds() + " s";
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** A parse that knows whether it was abandoned, so the count drops when a stuck thread finally ends. */
    private final class Watched<T> implements Callable<T> {

        private static final int NEW = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int ABANDONED = 3;

        private final Callable<T> parse;
        private final AtomicInteger state = new AtomicInteger(NEW);
        private volatile String thread = "(not started)";

        Watched(Callable<T> parse) {
            this.parse = parse;
        }

        @Override
        public T call() throws Exception {
            if (!state.compareAndSet(NEW, RUNNING)) {
                throw new DocumentParseException(Reason.TIMEOUT, "parsing was abandoned before it started");
            }
            thread = Thread.currentThread().getName();
            try {
                return parse.call();
            } finally {
                if (!state.compareAndSet(RUNNING, DONE)) {
                    int left = stuck.decrementAndGet();
                    LOG.info("Abandoned parser thread {} stopped at last; {} still stuck", thread, left);
                    synchronized (slotFreed) {
                        slotFreed.notifyAll();
                    }
                }
            }
        }

        /** @return whether the parse was still running, so its thread now counts as stuck */
        boolean abandon() {
            return !state.compareAndSet(NEW, ABANDONED) && state.compareAndSet(RUNNING, ABANDONED);
        }
    }
}
