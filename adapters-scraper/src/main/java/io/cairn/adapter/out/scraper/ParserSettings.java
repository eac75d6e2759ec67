package io.cairn.adapter.out.scraper;

import java.time.Duration;
import java.util.Objects;

/** Limits of the document parser: input bytes, output characters (longer text is cut) and time per document. */
public record ParserSettings(long maxBytes, int maxChars, Duration timeout) {

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
    }

    /** 20 MiB in, 5,000,000 characters out, 30 seconds. */
    public static ParserSettings defaults() {
        return new ParserSettings(20L * 1024 * 1024, 5_000_000, Duration.ofSeconds(30));
    }

    public ParserSettings withMaxBytes(long bytes) {
        return new ParserSettings(bytes, maxChars, timeout);
    }

    public ParserSettings withMaxChars(int chars) {
        return new ParserSettings(maxBytes, chars, timeout);
    }

    public ParserSettings withTimeout(Duration limit) {
        return new ParserSettings(maxBytes, maxChars, limit);
    }
}
