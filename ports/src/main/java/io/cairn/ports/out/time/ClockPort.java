package io.cairn.ports.out.time;

import java.time.Instant;

/** Driven port: the current time, replaceable in tests. */
@FunctionalInterface
public interface ClockPort {

    Instant now();
}
