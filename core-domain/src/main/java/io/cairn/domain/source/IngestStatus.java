package io.cairn.domain.source;

import java.util.Locale;

/** The life of a source or document: pending, then processing, then ready or failed with a reason. */
public enum IngestStatus {
    PENDING,
    PROCESSING,
    READY,
    FAILED;

    public boolean isFinal() {
        return this == READY || this == FAILED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
