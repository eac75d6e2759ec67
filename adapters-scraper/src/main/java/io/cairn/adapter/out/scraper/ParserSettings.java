package io.cairn.adapter.out.scraper;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of the document parser: input bytes, output characters (longer text is cut and flagged), time per document,
 * and how many parser threads that ignored the timeout may stay stuck before parsing is refused.
 */
public record ParserSettings(long maxBytes, int maxChars, Duration timeout, int maxStuckThreads) {

    public ParserSettings {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxStuckThreads <= 0) {
            throw new IllegalArgumentException("maxStuckThreads must be positive");
        }
    }

    /** With the default number of stuck threads tolerated. */
    public ParserSettings(long maxBytes, int maxChars, Duration timeout) {
        this(maxBytes, maxChars, timeout, defaults().maxStuckThreads());
    }

    /**
     * 20 MiB in, 5,000,000 characters out, 30 seconds, and at most 2 stuck threads: on a 2-core host, two threads
     * spinning forever already take every core, so a third is refused rather than started.
     */
    public static ParserSettings defaults() {
        return new ParserSettings(20L * 1024 * 1024, 5_000_000, Duration.ofSeconds(30), 2);
    }

    public ParserSettings withMaxBytes(long bytes) {
        return new ParserSettings(bytes, maxChars, timeout, maxStuckThreads);
    }

    public ParserSettings withMaxChars(int chars) {
        return new ParserSettings(maxBytes, chars, timeout, maxStuckThreads);
    }

    public ParserSettings withTimeout(Duration limit) {
        return new ParserSettings(maxBytes, maxChars, limit, maxStuckThreads);
    }

    public ParserSettings withMaxStuckThreads(int threads) {
        return new ParserSettings(maxBytes, maxChars, timeout, threads);
    }
}
