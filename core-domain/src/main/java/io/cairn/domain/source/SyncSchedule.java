package io.cairn.domain.source;

import io.cairn.domain.error.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** How often a website or sitemap source is synced again on its own: never, hourly, daily or weekly. */
public enum SyncSchedule {
    OFF(Duration.ZERO),
    HOURLY(Duration.ofHours(1)),
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7));

    private final Duration interval;

    SyncSchedule(Duration interval) {
        this.interval = interval;
    }

    public static SyncSchedule parse(String text) {
        if (text == null || text.isBlank()) {
            return OFF;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("schedule", "must be one of hourly, daily, weekly, off");
        }
    }

    /** When the next sync is due after a run that ended at {@code finishedAt}; empty when the schedule is off. */
    public Optional<Instant> nextAfter(Instant finishedAt) {
        return this == OFF ? Optional.empty() : Optional.of(finishedAt.plus(interval));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
