package io.cairn.usecase.source;

import io.cairn.domain.chunk.Chunk;
import io.cairn.domain.chunk.Chunker;
import io.cairn.domain.chunk.ChunkingPolicy;
import io.cairn.domain.common.ContentHash;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.source.IngestMode;
import io.cairn.ports.in.source.IngestProgress;
import io.cairn.ports.in.source.IngestSourceUseCase;
import io.cairn.ports.out.embedding.EmbeddingCacheRepository;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.cairn.ports.out.fetch.PageFetcherPort;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.RetrievalIndexPort;
import io.cairn.ports.out.parsing.DocumentParseException;
import io.cairn.ports.out.parsing.DocumentParserPort;
import io.cairn.ports.out.parsing.ParsedDocument;
import io.cairn.ports.out.persistence.DocumentRepository;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.time.ClockPort;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, parses, chunks, embeds and indexes a source's documents. Each document fails alone with a reason;
 * unchanged documents (same content hash) are skipped; chunks are embedded in cross-document batches, and only
 * those whose text the embedding cache does not know yet reach the model.
 */
public final class IngestSourceService implements IngestSourceUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(IngestSourceService.class);
    private static final int BATCH_CHUNKS = 64;

    private final SourceRepository sources;
    private final DocumentRepository documents;
    private final SourceReader reader;
    private final EmbeddingPort embedding;
    private final ChunkIndexer indexer;
    private final ChunkingPolicy policy;
    private final ClockPort clock;

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
        this.sources = sources;
        this.documents = documents;
        this.reader = new SourceReader(contents, parser, fetcher);
        this.embedding = embedding;
        this.indexer = new ChunkIndexer(embedding, embeddingCache, index);
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Source ingest(OrganizationId organization, SourceId id, IngestMode mode, IngestProgress progress) {
        Source source = sources.findById(organization, id).orElseThrow(() -> new NotFoundException("source", id));
        source = source.processing();
        sources.save(source);
        List<SourceDocument> found;
        try {
            found = reader.read(source);
        } catch (RuntimeException e) {
            return finish(source, new IngestRun(), FailureReasons.of(e));
        }
        IngestRun run = new IngestRun();
        List<PreparedDocument> batch = new ArrayList<>();
        int batchChunks = 0;
        for (SourceDocument item : found) {
            PreparedDocument prepared = prepare(source, item, mode, run);
            if (prepared != null) {
                batch.add(prepared);
                batchChunks += prepared.chunks().size();
            }
            if (batchChunks >= BATCH_CHUNKS) {
                flush(source, batch, run, found.size(), progress);
                batchChunks = 0;
            }
        }
        flush(source, batch, run, found.size(), progress);
        return finish(source, run, run.failureSummary());
    }

    private PreparedDocument prepare(Source source, SourceDocument item, IngestMode mode, IngestRun run) {
        Document doc = documents
                .findBySourceAndUrl(source.organizationId(), source.id(), item.reference())
                .orElseGet(() -> firstSeen(source, item));
        try {
            ParsedDocument parsed = item.content().get();
            String title = parsed.title().isBlank() ? item.reference() : parsed.title();
            String hash = ContentHash.of(title + "\n" + parsed.text());
            if (mode == IngestMode.CHANGED_ONLY
                    && doc.status() == IngestStatus.READY
                    && doc.contentHash().equals(hash)) {
                run.ready(doc.chunkCount());
                return null;
            }
            EmbeddingText embeddingText = EmbeddingText.forTitle(title, policy, embedding);
            List<Chunk> chunks = new Chunker(embedding, embeddingText.policy()).chunk(parsed.text());
            if (chunks.isEmpty()) {
                throw new DocumentParseException(DocumentParseException.Reason.EMPTY, "no text after extraction");
            }
            return new PreparedDocument(doc, title, hash, embeddingText, chunks);
        } catch (RuntimeException e) {
            fail(doc, FailureReasons.of(e), run);
            return null;
        }
    }

    /**
     * A new document is stored before any of its chunks reach the index, so a run that crashes after indexing finds
     * the same document id again and replaces its chunks instead of adding a second copy.
     */
    private Document firstSeen(Source source, SourceDocument item) {
        Document doc = Document.processing(source, item.reference(), item.reference(), clock.now());
        documents.save(doc);
        return doc;
    }

    private void flush(Source source, List<PreparedDocument> batch, IngestRun run, int total, IngestProgress progress) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            indexer.index(new IndexScope(source.organizationId(), source.botId()), batch);
            for (PreparedDocument p : batch) {
                documents.save(
                        p.document().ready(p.title(), p.hash(), p.chunks().size(), clock.now()));
                run.ready(p.chunks().size());
            }
        } catch (RuntimeException e) {
            LOG.warn("Indexing a batch of source {} failed", source.id(), e);
            batch.forEach(p -> fail(p.document(), FailureReasons.of(e), run));
        }
        batch.clear();
        sources.save(source.progressed(run.ready(), run.chunks()));
        progress.documentsDone(run.done(), total, run.chunks());
    }

    private void fail(Document doc, String reason, IngestRun run) {
        if (doc.status() == IngestStatus.READY || doc.chunkCount() > 0) {
            indexer.withdraw(doc);
        }
        documents.save(doc.failed(reason, clock.now()));
        run.failed(reason);
    }

    private Source finish(Source source, IngestRun run, String failure) {
        Source done = run.failedWhole()
                ? source.failed(failure, run.ready(), run.chunks(), clock.now())
                : source.ready(run.ready(), run.chunks(), clock.now());
        sources.save(done);
        LOG.info(
                "Source {} {}: {} documents, {} chunks",
                source.id(),
                done.status().wireName(),
                run.ready(),
                run.chunks());
        return done;
    }
}
