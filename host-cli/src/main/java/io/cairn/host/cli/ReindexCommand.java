package io.cairn.host.cli;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.reindex.ReindexListener;
import io.cairn.ports.in.reindex.ReindexScope;
import io.cairn.ports.in.reindex.ReindexUseCase;
import io.cairn.ports.in.source.IngestProgress;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cairn reindex --tenant|--bot|--source ID}: rebuilds the index here and now, a progress bar per source. */
@Prototype
@Command(
        name = "reindex",
        description =
                "Re-chunk and re-index every document of a tenant, a bot or a source; cached embeddings are reused.")
final class ReindexCommand implements Callable<Integer> {

    private final ReindexUseCase reindex;

    @ArgGroup(multiplicity = "1")
    Scope scope;

    static final class Scope {
        @Option(names = "--tenant", description = "Organization id")
        String tenant;

        @Option(names = "--bot", description = "Bot id")
        String bot;

        @Option(names = "--source", description = "Source id")
        String source;

        ReindexScope toScope() {
            if (tenant != null) {
                return new ReindexScope.Tenant(OrganizationId.parse(tenant));
            }
            if (bot != null) {
                return new ReindexScope.Bot(BotId.parse(bot));
            }
            return new ReindexScope.Source(SourceId.parse(source));
        }
    }

    ReindexCommand(ReindexUseCase reindex) {
        this.reindex = reindex;
    }

    @Override
    public Integer call() {
        List<Source> results = reindex.reindex(scope.toScope(), new BarPerSource());
        long failed =
                results.stream().filter(s -> s.status() == IngestStatus.FAILED).count();
        int documents = results.stream().mapToInt(Source::documentCount).sum();
        int chunks = results.stream().mapToInt(Source::chunkCount).sum();
        System.out.printf(
                "Reindexed %d of %d source(s): %d documents, %d chunks%n",
                results.size() - failed, results.size(), documents, chunks);
        return failed == 0 ? 0 : CliErrors.EXIT_FAILURE;
    }

    /** One progress bar for each source while it runs, then one line with how it ended. */
    private static final class BarPerSource implements ReindexListener {
        private Progress bar;

        @Override
        public IngestProgress started(Source source, int index, int total) {
            bar = Progress.documents("[" + index + "/" + total + "] " + source.title());
            return bar;
        }

        @Override
        public void finished(Source result, int index, int total) {
            bar.close();
            String error = result.error() == null ? "" : " — " + result.error();
            System.out.printf(
                    "%s (%s): %s, %d documents, %d chunks%s%n",
                    result.title(),
                    result.id(),
                    result.status().wireName(),
                    result.documentCount(),
                    result.chunkCount(),
                    error);
        }
    }
}
