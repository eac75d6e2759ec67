package io.cairn.domain.source;

import java.util.Locale;

/**
 * The life of a source or document: pending, then processing, then ready or failed with a reason. A crawled URL the
 * crawl was not allowed to take (robots.txt) is skipped, with the reason.
 */
public enum IngestStatus {
    PENDING,
    PROCESSING,
    READY,
    FAILED,
    SKIPPED;

    public boolean isFinal() {
        return this == READY || this == FAILED || this == SKIPPED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
