package io.cairn.host.cli;

import io.cairn.ports.in.reindex.OptimizeIndexUseCase;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cairn optimize-index}: reorganises the retrieval index for the fastest searches after a bulk load. */
@Prototype
@Command(
        name = "optimize-index",
        description = "After a bulk load or reindex: merge the Lucene index into one segment (or VACUUM ANALYZE the"
                + " pgvector tables) so searches are fastest. Can take minutes; the server keeps answering.")
final class OptimizeIndexCommand implements Callable<Integer> {

    private final OptimizeIndexUseCase optimize;

    OptimizeIndexCommand(OptimizeIndexUseCase optimize) {
        this.optimize = optimize;
    }

    @Override
    public Integer call() {
        System.out.println("Optimizing the retrieval index…");
        Duration took = optimize.optimize();
        System.out.printf("Index optimized in %.1f s%n", took.toMillis() / 1000.0);
        return 0;
    }
}
