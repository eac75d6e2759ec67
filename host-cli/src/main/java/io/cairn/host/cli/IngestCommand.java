package io.cairn.host.cli;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.ports.in.source.AddSourceCommand;
import io.cairn.ports.in.source.AddSourceCommand.AddFile;
import io.cairn.ports.in.source.AddSourceCommand.AddText;
import io.cairn.ports.in.source.AddSourceCommand.AddUrl;
import io.cairn.ports.in.source.AddSourceUseCase;
import io.cairn.ports.in.source.IngestSourceUseCase;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cairn ingest --bot ID [--format beir] PATH|URL…}: adds sources and ingests them here, with progress. */
@Prototype
@Command(name = "ingest", description = "Add files, URLs or a BEIR corpus to a bot and ingest them now.")
final class IngestCommand implements Callable<Integer> {

    private final Operator operator;
    private final AddSourceUseCase addSource;
    private final IngestSourceUseCase ingest;
    private final JsonMapper json;

    @Option(names = "--bot", required = true, description = "Bot id")
    String botId;

    @Option(names = "--format", defaultValue = "auto", description = "auto (files and URLs) or beir (corpus.jsonl)")
    String format;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL")
    List<String> inputs;

    IngestCommand(Operator operator, AddSourceUseCase addSource, IngestSourceUseCase ingest, JsonMapper json) {
        this.operator = operator;
        this.addSource = addSource;
        this.ingest = ingest;
        this.json = json;
    }

    @Override
    public Integer call() throws Exception {
        Bot bot = operator.bot(botId);
        int failed = 0;
        for (String input : inputs) {
            Source done = ingestOne(bot, input);
            String error = done.error() == null ? "" : " — " + done.error();
            System.out.printf(
                    "%s: %s, %d documents, %d chunks%s%n",
                    input, done.status().wireName(), done.documentCount(), done.chunkCount(), error);
            failed += done.status() == IngestStatus.FAILED ? 1 : 0;
        }
        System.out.printf("Ingested %d of %d input(s)%n", inputs.size() - failed, inputs.size());
        return failed == 0 ? 0 : CliErrors.EXIT_FAILURE;
    }

    private Source ingestOne(Bot bot, String input) throws Exception {
        Source source = addSource.add(operator.actorFor(bot), command(bot, input));
        try (Progress progress = Progress.documents("Ingesting " + shortName(input))) {
            return ingest.ingest(bot.organizationId(), source.id(), progress);
        }
    }

    private AddSourceCommand command(Bot bot, String input) throws Exception {
        if (format.equals("beir")) {
            Path corpus = Path.of(input);
            return new AddText(
                    bot.id(), "BEIR corpus " + corpus.getFileName(), BeirCorpus.documents(json, corpus), false);
        }
        if (input.startsWith("http://") || input.startsWith("https://")) {
            return new AddUrl(bot.id(), input, false);
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + input);
        }
        return new AddFile(bot.id(), file.getFileName().toString(), "", Files.readAllBytes(file), false);
    }

    private static String shortName(String input) {
        return input.length() <= 30 ? input : "…" + input.substring(input.length() - 29);
    }
}
