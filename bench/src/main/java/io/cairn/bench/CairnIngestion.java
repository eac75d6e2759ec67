package io.cairn.bench;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Organization;
import io.cairn.ports.in.bot.CreateBotCommand;
import io.cairn.ports.in.bot.CreateBotUseCase;
import io.cairn.ports.in.source.AddSourceCommand.AddText;
import io.cairn.ports.in.source.AddSourceCommand.TextDocument;
import io.cairn.ports.in.source.AddSourceUseCase;
import io.cairn.ports.in.source.IngestProgress;
import io.cairn.ports.in.source.IngestSourceUseCase;
import io.cairn.ports.in.tenant.CreateTenantUseCase;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cairn's own pipeline (benchmark 1 b), wired exactly as the server and the CLI wire it (the host-server factories
 * in an application context, no HTTP server): the corpus is handed over as one text source and ingested through
 * {@link IngestSourceUseCase}, as {@code cairn ingest --format beir} does, so HTTP stays out of the measure.
 */
final class CairnIngestion implements AutoCloseable {

    private final ApplicationContext context;

    CairnIngestion(Map<String, Object> properties) {
        this.context = ApplicationContext.builder().properties(properties).start();
    }

    /** The embedding adapter the pipeline uses, for the raw-model run over the same texts. */
    EmbeddingPort embedding() {
        return context.getBean(EmbeddingPort.class);
    }

    /** Adds the documents as one text source of a new bot in a new tenant and ingests it; times both steps. */
    Measure ingest(String key, String label, List<ScifactCorpus.Doc> docs) {
        return ingest(key, label, docs, IngestProgress.none());
    }

    /** As {@link #ingest(String, String, List)}, telling {@code progress} after each batch. */
    Measure ingest(String key, String label, List<ScifactCorpus.Doc> docs, IngestProgress progress) {
        Organization org = context.getBean(CreateTenantUseCase.class).create("Bench " + key);
        Actor operator = Actor.operator(org.id());
        Bot bot = context.getBean(CreateBotUseCase.class)
                .create(operator, new CreateBotCommand("scifact-" + key, Optional.empty(), null));
        List<TextDocument> texts = docs.stream()
                .map(d -> new TextDocument(d.id(), d.title(), d.text()))
                .toList();
        long start = System.nanoTime();
        Source added = context.getBean(AddSourceUseCase.class)
                .add(operator, new AddText(bot.id(), "BEIR corpus", texts, false));
        Source done = context.getBean(IngestSourceUseCase.class).ingest(org.id(), added.id(), progress);
        Measure measure = Measure.since(key, label, done.documentCount(), done.chunkCount(), start);
        if (done.status() != IngestStatus.READY || done.documentCount() != docs.size()) {
            throw new IllegalStateException("ingestion ended %s with %d of %d documents: %s"
                    .formatted(done.status(), done.documentCount(), docs.size(), done.error()));
        }
        return measure;
    }

    @Override
    public void close() {
        context.close();
    }
}
