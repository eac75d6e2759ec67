package io.cairn.host.cli;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.common.Page;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.source.SyncReport;
import io.cairn.ports.in.source.FindSourcesUseCase;
import io.cairn.ports.in.source.IngestSourceUseCase;
import io.micronaut.context.annotation.Prototype;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cairn sources list|syncs|sync}: a bot's sources, the reports of their runs, and a sync run here and now. */
@Command(
        name = "sources",
        description = "List a bot's sources, read their sync reports, or sync one now.",
        subcommands = {SourcesCommand.List.class, SourcesCommand.Syncs.class, SourcesCommand.Sync.class})
final class SourcesCommand {

    @Prototype
    @Command(name = "list", description = "List a bot's sources with status, counts and schedule.")
    static final class List implements Runnable {
        private final Operator operator;
        private final FindSourcesUseCase sources;

        @Option(names = "--bot", required = true, description = "Bot id")
        String botId;

        List(Operator operator, FindSourcesUseCase sources) {
            this.operator = operator;
            this.sources = sources;
        }

        @Override
        public void run() {
            Bot bot = operator.bot(botId);
            java.util.List<Source> all = Page.all(page -> sources.list(operator.actorFor(bot), bot.id(), page));
            for (Source s : all) {
                System.out.printf(
                        "%s  %-8s %-10s %4d docs %6d chunks  %s%s%s%n",
                        s.id(),
                        s.type().wireName(),
                        s.status().wireName(),
                        s.documentCount(),
                        s.chunkCount(),
                        s.title(),
                        s.isWeb() ? "  schedule=" + s.schedule().wireName() : "",
                        s.nextSyncAt().map(at -> " next=" + at).orElse(""));
            }
            System.out.printf("%d source(s)%n", all.size());
        }
    }

    @Prototype
    @Command(name = "syncs", description = "Show the reports of a source's latest runs, newest first.")
    static final class Syncs implements Runnable {
        private final Operator operator;
        private final FindSourcesUseCase sources;

        @Option(names = "--bot", required = true, description = "Bot id")
        String botId;

        @Option(names = "--limit", defaultValue = "10", description = "How many reports (default: 10)")
        int limit;

        @Parameters(paramLabel = "SOURCE_ID", description = "The source")
        String sourceId;

        Syncs(Operator operator, FindSourcesUseCase sources) {
            this.operator = operator;
            this.sources = sources;
        }

        @Override
        public void run() {
            Bot bot = operator.bot(botId);
            java.util.List<SyncReport> reports =
                    sources.syncReports(operator.actorFor(bot), bot.id(), SourceId.parse(sourceId), limit);
            reports.forEach(r -> System.out.println(Reports.line(r)));
            System.out.printf("%d report(s)%n", reports.size());
        }
    }

    @Prototype
    @Command(name = "sync", description = "Sync a source now, with progress; unchanged pages are skipped.")
    static final class Sync implements Callable<Integer> {
        private final Operator operator;
        private final FindSourcesUseCase sources;
        private final IngestSourceUseCase ingest;

        @Option(names = "--bot", required = true, description = "Bot id")
        String botId;

        @Parameters(paramLabel = "SOURCE_ID", description = "The source")
        String sourceId;

        Sync(Operator operator, FindSourcesUseCase sources, IngestSourceUseCase ingest) {
            this.operator = operator;
            this.sources = sources;
            this.ingest = ingest;
        }

        @Override
        public Integer call() {
            Bot bot = operator.bot(botId);
            Source source = sources.get(operator.actorFor(bot), bot.id(), SourceId.parse(sourceId));
            Source done;
            try (Progress bar = Progress.documents(source.title())) {
                done = ingest.ingest(bot.organizationId(), source.id(), bar);
            }
            sources.syncReports(operator.actorFor(bot), bot.id(), source.id(), 1)
                    .forEach(r -> System.out.println(Reports.line(r)));
            return done.status() == IngestStatus.READY ? 0 : CliErrors.EXIT_FAILURE;
        }
    }

    /** One report on one line. */
    static final class Reports {
        private Reports() {}

        static String line(SyncReport r) {
            return String.format(
                    "%s  %-6s added %d, changed %d, removed %d, unchanged %d, skipped %d, failed %d  in %.1f s%s",
                    r.startedAt(),
                    r.status().wireName(),
                    r.added(),
                    r.changed(),
                    r.removed(),
                    r.unchanged(),
                    r.skipped(),
                    r.failed(),
                    r.duration().toMillis() / 1000.0,
                    r.error() == null ? "" : "  — " + r.error());
        }
    }
}
