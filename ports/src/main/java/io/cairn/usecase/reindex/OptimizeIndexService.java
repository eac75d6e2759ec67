package io.cairn.usecase.reindex;

import io.cairn.ports.in.reindex.OptimizeIndexUseCase;
import io.cairn.ports.out.index.RetrievalIndexPort;
import io.cairn.ports.out.time.ClockPort;
import java.time.Duration;
import java.util.Objects;

/** Optimizes the retrieval index through its port and times it. */
public final class OptimizeIndexService implements OptimizeIndexUseCase {

    private final RetrievalIndexPort index;
    private final ClockPort clock;

    public OptimizeIndexService(RetrievalIndexPort index, ClockPort clock) {
        this.index = Objects.requireNonNull(index);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Duration optimize() {
        var start = clock.now();
        index.optimize();
        return Duration.between(start, clock.now());
    }
}
