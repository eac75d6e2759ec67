package io.cairn.bench;

/** Waiting for a moment on the {@link System#nanoTime()} clock, shared by the drivers that schedule their load. */
final class Pauses {

    private Pauses() {}

    /** Sleeps until {@code nanoTime}, or returns at once if it has passed; an interrupt ends the wait early. */
    static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
