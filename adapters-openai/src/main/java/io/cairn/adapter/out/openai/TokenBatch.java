package io.cairn.adapter.out.openai;

import io.cairn.ports.out.llm.LlmStreamListener;

/**
 * Coalesces streamed tokens for the listener: the first token goes out at once, later ones at most once per
 * interval. A provider that streams fast, or a server that has fallen behind and finds several chunks waiting, then
 * costs one downstream event per interval instead of one per token; an interval of zero passes every token through.
 */
final class TokenBatch {

    private final LlmStreamListener listener;
    private final long intervalNanos;
    private final StringBuilder text = new StringBuilder();
    private long lastEmitted;
    private boolean emitted;

    TokenBatch(LlmStreamListener listener, long intervalNanos) {
        this.listener = listener;
        this.intervalNanos = intervalNanos;
    }

    void add(String token) {
        text.append(token);
        if (!emitted || System.nanoTime() - lastEmitted >= intervalNanos) {
            flush();
        }
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** How long the held text may still wait; zero when it is due. */
    long nanosUntilDue() {
        return Math.max(0, lastEmitted + intervalNanos - System.nanoTime());
    }

    void flush() {
        if (!text.isEmpty()) {
            listener.onToken(text.toString());
            text.setLength(0);
            lastEmitted = System.nanoTime();
            emitted = true;
        }
    }
}
