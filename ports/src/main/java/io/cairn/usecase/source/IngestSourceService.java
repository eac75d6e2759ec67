package io.cairn.usecase.source;

import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.chunk.Chunk;
import io.cairn.domain.chunk.Chunker;
import io.cairn.domain.chunk.ChunkingPolicy;
import io.cairn.domain.common.ContentHash;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.PageState;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.source.SyncReport;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.source.IngestMode;
import io.cairn.ports.in.source.IngestProgress;
import io.cairn.ports.in.source.IngestSourceUseCase;
import io.cairn.ports.out.embedding.EmbeddingCacheRepository;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.cairn.ports.out.events.OutboundEventPort;
import io.cairn.ports.out.fetch.PageFetcherPort;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.RetrievalIndexPort;
import io.cairn.ports.out.parsing.DocumentParseException;
import io.cairn.ports.out.parsing.DocumentParserPort;
import io.cairn.ports.out.parsing.ParsedDocument;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.DocumentRepository;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.persistence.SyncReportRepository;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.billing.PlanGate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, parses, chunks, embeds and indexes a source's documents, then records a report of the run. Each document
 * fails alone with a reason; unchanged documents (304, same bytes, same sitemap lastmod, or same content hash) cost
 * no embedding; pages gone from their site leave the index; chunks are embedded in cross-document batches, and only
 * those whose text the embedding cache does not know yet reach the model.
 */
public final class IngestSourceService implements IngestSourceUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(IngestSourceService.class);
    private static final int BATCH_CHUNKS = 64;

    /** Calls the embedding model off the ingesting thread; daemon threads, idle ones end after a minute. */
    private static final Executor MODEL_CALLS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "cairn-embedding-call");
        thread.setDaemon(true);
        return thread;
    });

    private final SourceRepository sources;
    private final DocumentRepository documents;
    private final SyncReportRepository reports;
    private final SyncEvents syncEvents;
    private final SourceReader reader;
    private final EmbeddingPort embedding;
    private final ChunkIndexer indexer;
    private final ChunkingPolicy policy;
    private final ClockPort clock;
    private final PlanGate plans;

    /** Ingestion of text, file, URL and Q&A sources, without a crawler and without run reports. */
    public IngestSourceService(
            SourceRepository sources,
            DocumentRepository documents,
            SourceContentRepository contents,
            DocumentParserPort parser,
            PageFetcherPort fetcher,
            EmbeddingPort embedding,
            EmbeddingCacheRepository embeddingCache,
            RetrievalIndexPort index,
            ChunkingPolicy policy,
            ClockPort clock) {
        this(
                sources,
                documents,
                contents,
                parser,
                fetcher,
                Optional.empty(),
                embedding,
                embeddingCache,
                index,
                NO_REPORTS,
                SyncEvents.NONE,
                policy,
                clock,
                PlanGate.OPEN);
    }

    /**
     * Ingestion with crawls, run reports, {@code source.sync.*} events for the source's webhooks, and the plan's page
     * limit: a new page the organization's plan has no room for fails instead of being indexed.
     */
    public IngestSourceService(
            SourceRepository sources,
            DocumentRepository documents,
            SourceContentRepository contents,
            DocumentParserPort parser,
            PageFetcherPort fetcher,
            Optional<CrawlPorts> crawl,
            EmbeddingPort embedding,
            EmbeddingCacheRepository embeddingCache,
            RetrievalIndexPort index,
            SyncReportRepository reports,
            BotRepository bots,
            OutboundEventPort events,
            ChunkingPolicy policy,
            ClockPort clock,
            PlanGate plans) {
        this(
                sources,
                documents,
                contents,
                parser,
                fetcher,
                crawl,
                embedding,
                embeddingCache,
                index,
                reports,
                new SyncEvents(bots, events),
                policy,
                clock,
                plans);
    }

    private IngestSourceService(
            SourceRepository sources,
            DocumentRepository documents,
            SourceContentRepository contents,
            DocumentParserPort parser,
            PageFetcherPort fetcher,
            Optional<CrawlPorts> crawl,
            EmbeddingPort embedding,
            EmbeddingCacheRepository embeddingCache,
            RetrievalIndexPort index,
            SyncReportRepository reports,
            SyncEvents syncEvents,
            ChunkingPolicy policy,
            ClockPort clock,
            PlanGate plans) {
        this.plans = plans;
        this.sources = sources;
        this.syncEvents = syncEvents;
        this.documents = documents;
        this.reports = reports;
        this.reader = new SourceReader(contents, parser, fetcher, crawl);
        this.embedding = embedding;
        this.indexer = new ChunkIndexer(embedding, embeddingCache, index, MODEL_CALLS);
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Source ingest(OrganizationId organization, SourceId id, IngestMode mode, IngestProgress progress) {
        Source source = sources.findById(organization, id).orElseThrow(() -> new NotFoundException("source", id));
        Instant started = clock.now();
        source = source.processing();
        sources.save(source);
        IngestRun run = new IngestRun();
        Map<String, Document> known = known(source);
        Iterator<SourceDocument> found;
        try {
            found = reader.read(source, known, mode);
        } catch (RuntimeException e) {
            return finish(source, run, FailureReasons.of(e), started);
        }
        List<PreparedDocument> batch = new ArrayList<>();
        int batchChunks = 0;
        int seen = 0;
        InFlightBatch inFlight = InFlightBatch.NONE;
        while (true) {
            SourceDocument item;
            try {
                if (!found.hasNext()) {
                    break;
                }
                item = found.next();
            } catch (RuntimeException e) {
                LOG.warn("Reading source {} stopped early", source.id(), e);
                run.failed(FailureReasons.of(e));
                break;
            }
            seen++;
            PreparedDocument prepared = prepare(source, item, known, mode, run);
            if (prepared != null) {
                batch.add(prepared);
                batchChunks += prepared.chunks().size();
            }
            if (batchChunks >= BATCH_CHUNKS) {
                // The model starts on this batch before the previous one is indexed and saved, so it never waits
                // for the index, the database or the next documents' parsing.
                InFlightBatch next = dispatch(batch);
                complete(source, inFlight, run, seen, progress);
                inFlight = next;
                batchChunks = 0;
            }
        }
        InFlightBatch last = dispatch(batch);
        complete(source, inFlight, run, seen, progress);
        complete(source, last, run, seen, progress);
        return finish(source, run, run.failureSummary(), started);
    }

    /**
     * The source's documents from earlier runs, by reference, read in one query; documents first seen in this run are
     * added as they are created, so a reference given twice maps to one document.
     */
    private Map<String, Document> known(Source source) {
        Map<String, Document> byUrl = new HashMap<>();
        documents.listAllBySource(source.organizationId(), source.id()).forEach(d -> byUrl.put(d.url(), d));
        return byUrl;
    }

    private PreparedDocument prepare(
            Source source, SourceDocument item, Map<String, Document> known, IngestMode mode, IngestRun run) {
        Optional<Document> previous = Optional.ofNullable(known.get(item.reference()));
        Supplier<Document> created = () -> firstSeen(source, item, known);
        Retrieval retrieval = item.retrieval();
        if (retrieval instanceof Retrieval.Fresh fresh) {
            return fresh(item, previous.orElseGet(created), fresh, mode, run);
        }
        if (retrieval instanceof Retrieval.Unchanged same) {
            unchanged(previous, created, same.page(), run);
        } else if (retrieval instanceof Retrieval.Gone) {
            previous.ifPresent(doc -> remove(doc, run));
        } else if (retrieval instanceof Retrieval.Skipped skip) {
            Document doc = previous.orElseGet(created);
            withdrawIfIndexed(doc);
            documents.save(doc.skipped(skip.reason(), clock.now()));
            run.countSkipped();
        } else {
            failedFetch(previous, created, (Retrieval.Failed) retrieval, run);
        }
        return null;
    }

    private PreparedDocument fresh(
            SourceDocument item, Document known, Retrieval.Fresh fresh, IngestMode mode, IngestRun run) {
        Document doc = known.withPage(fresh.page());
        try {
            if (doc.status() != IngestStatus.READY) {
                // The new page is already stored as processing, so it counts: the plan must hold it, none more.
                plans.check(doc.organizationId(), UsageMetric.PAGES, 0);
            }
            ParsedDocument parsed = fresh.parse().get();
            String title = parsed.title().isBlank() ? item.reference() : parsed.title();
            String hash = ContentHash.of(title + "\n" + parsed.text());
            if (mode == IngestMode.CHANGED_ONLY
                    && doc.status() == IngestStatus.READY
                    && doc.contentHash().equals(hash)) {
                documents.save(doc);
                run.unchanged(doc.chunkCount());
                return null;
            }
            EmbeddingText embeddingText = EmbeddingText.forTitle(title, policy, embedding);
            List<Chunk> chunks = new Chunker(embedding, embeddingText.policy()).chunk(parsed.text());
            if (chunks.isEmpty()) {
                throw new DocumentParseException(DocumentParseException.Reason.EMPTY, "no text after extraction");
            }
            String notice = parsed.truncated() ? Notices.TRUNCATED : "";
            return new PreparedDocument(doc.withNotice(notice), title, hash, embeddingText, chunks);
        } catch (RuntimeException e) {
            fail(doc, FailureReasons.of(e), run);
            return null;
        }
    }

    private void unchanged(Optional<Document> previous, Supplier<Document> created, PageState page, IngestRun run) {
        if (previous.isEmpty() || previous.get().status() != IngestStatus.READY) {
            // Nothing indexed to keep: a 304 for a page never indexed can only come from a confused server.
            fail(previous.orElseGet(created), "http_status: not modified, but never indexed", run);
            return;
        }
        documents.save(previous.get().withPage(page));
        run.unchanged(previous.get().chunkCount());
    }

    private void failedFetch(
            Optional<Document> previous, Supplier<Document> created, Retrieval.Failed failed, IngestRun run) {
        String reason = FailureReasons.of(failed.error());
        if (previous.isPresent() && previous.get().status() == IngestStatus.READY) {
            // A page that answered 503 or timed out once keeps its last good content until it is really gone.
            documents.save(previous.get().withNotice(Notices.lastSyncFailed(reason)));
            run.keptAfterFailure(reason, previous.get().chunkCount());
            return;
        }
        fail(previous.orElseGet(created), reason, run);
    }

    private void remove(Document doc, IngestRun run) {
        boolean indexed = doc.status() == IngestStatus.READY;
        withdrawIfIndexed(doc);
        documents.delete(doc.organizationId(), doc.id());
        if (indexed) {
            run.countRemoved();
        }
    }

    /**
     * A new document is stored before any of its chunks reach the index, so a run that crashes after indexing finds
     * the same document id again and replaces its chunks instead of adding a second copy.
     */
    private Document firstSeen(Source source, SourceDocument item, Map<String, Document> known) {
        Document doc = Document.processing(source, item.reference(), item.reference(), clock.now());
        documents.save(doc);
        known.put(item.reference(), doc);
        return doc;
    }

    /** Starts the model on the batch's chunks and empties {@code batch} for the next documents. */
    private InFlightBatch dispatch(List<PreparedDocument> batch) {
        if (batch.isEmpty()) {
            return InFlightBatch.NONE;
        }
        List<PreparedDocument> documents = List.copyOf(batch);
        batch.clear();
        try {
            return InFlightBatch.started(documents, indexer.embed(documents));
        } catch (RuntimeException e) {
            return InFlightBatch.failed(documents, e);
        }
    }

    /** Waits for the batch's vectors, indexes and saves its documents, and reports progress. */
    private void complete(Source source, InFlightBatch flight, IngestRun run, int total, IngestProgress progress) {
        if (flight.documents().isEmpty()) {
            return;
        }
        try {
            indexer.index(
                    new IndexScope(source.organizationId(), source.botId()), flight.documents(), flight.vectors());
            for (PreparedDocument p : flight.documents()) {
                boolean wasIndexed = p.document().status() == IngestStatus.READY;
                documents.save(
                        p.document().ready(p.title(), p.hash(), p.chunks().size(), clock.now()));
                run.indexed(wasIndexed, p.chunks().size());
            }
        } catch (RuntimeException e) {
            LOG.warn("Indexing a batch of source {} failed", source.id(), e);
            flight.documents().forEach(p -> fail(p.document(), FailureReasons.of(e), run));
        }
        sources.save(source.progressed(run.ready(), run.chunks()));
        progress.documentsDone(run.done(), total, run.chunks());
    }

    private void fail(Document doc, String reason, IngestRun run) {
        withdrawIfIndexed(doc);
        documents.save(doc.failed(reason, clock.now()));
        run.failed(reason);
    }

    private void withdrawIfIndexed(Document doc) {
        if (doc.status() == IngestStatus.READY || doc.chunkCount() > 0) {
            indexer.withdraw(doc);
        }
    }

    private Source finish(Source source, IngestRun run, String failure, Instant started) {
        Instant now = clock.now();
        Source done = run.failedWhole()
                ? source.failed(failure, run.ready(), run.chunks(), now)
                : source.ready(run.ready(), run.chunks(), now);
        sources.save(done);
        SyncReport report = new SyncReport(
                SyncReport.newId(),
                source.organizationId(),
                source.id(),
                started,
                now,
                done.status(),
                done.error(),
                run.added(),
                run.changed(),
                run.removed(),
                run.failed(),
                run.skipped(),
                run.unchanged());
        reports.save(report);
        syncEvents.ended(done, report);
        LOG.info(
                "Source {} {}: {} added, {} changed, {} unchanged, {} removed, {} skipped, {} failed, {} chunks",
                source.id(),
                done.status().wireName(),
                run.added(),
                run.changed(),
                run.unchanged(),
                run.removed(),
                run.skipped(),
                run.failed(),
                run.chunks());
        return done;
    }

    private static final SyncReportRepository NO_REPORTS = new SyncReportRepository() {
        @Override
        public void save(SyncReport report) {}

        @Override
        public List<SyncReport> latest(OrganizationId organization, SourceId source, int limit) {
            return List.of();
        }

        @Override
        public void deleteBySource(OrganizationId organization, SourceId source) {}
    };
}
