package io.cairn.ports.fakes;

import io.cairn.ports.out.time.ClockPort;
import java.time.Duration;
import java.time.Instant;

/** A clock tests can move; each reading advances one millisecond so orderings stay strict. */
public class MutableClock implements ClockPort {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public synchronized Instant now() {
        now = now.plusMillis(1);
        return now;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }
}
