package io.cairn.domain.billing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One monthly billing period, {@code start} inclusive, {@code end} exclusive. Periods are anchored on the
 * subscription's instant: the n-th period starts n months after the anchor (UTC), so an anchor on the 31st starts
 * a period on the last day of shorter months (28 or 29 February) and is back on the 31st in March.
 */
public record BillingPeriod(Instant start, Instant end) {

    public BillingPeriod {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    /** The period of {@code anchor}'s cycle that holds {@code now}. */
    public static BillingPeriod containing(Instant anchor, Instant now) {
        ZonedDateTime origin = anchor.atZone(ZoneOffset.UTC);
        long months = ChronoUnit.MONTHS.between(origin, now.atZone(ZoneOffset.UTC));
        while (origin.plusMonths(months).toInstant().isAfter(now)) {
            months--;
        }
        while (!origin.plusMonths(months + 1).toInstant().isAfter(now)) {
            months++;
        }
        return new BillingPeriod(
                origin.plusMonths(months).toInstant(),
                origin.plusMonths(months + 1).toInstant());
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
