package io.cairn.bench;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.index.DocumentChunks;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.IndexedChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The first {@code size} synthetic chunks with their vectors, grouped into documents of ten chunks of one source,
 * in one bot of one tenant: what the indexes hold and what exact search scans.
 */
final class BenchCorpus {

    static final int CHUNKS_PER_DOCUMENT = 10;

    private final List<String> texts;
    private final List<float[]> vectors;
    private final IndexScope scope;
    private final SourceId source;
    private final List<DocumentId> documents = new ArrayList<>();

    BenchCorpus(List<String> texts, List<float[]> vectors, int size) {
        this.texts = texts.subList(0, size);
        this.vectors = vectors.subList(0, size);
        // Fixed ids: a rerun indexes the same chunk ids.
        this.scope = new IndexScope(new OrganizationId(uuid("org", size)), new BotId(uuid("bot", size)));
        this.source = new SourceId(uuid("source", size));
        for (int d = 0; d * CHUNKS_PER_DOCUMENT < size; d++) {
            documents.add(new DocumentId(uuid("document-" + d, size)));
        }
    }

    int size() {
        return texts.size();
    }

    IndexScope scope() {
        return scope;
    }

    List<float[]> vectors() {
        return vectors;
    }

    String text(int chunk) {
        return texts.get(chunk);
    }

    String chunkId(int chunk) {
        return IndexedChunk.idOf(documents.get(chunk / CHUNKS_PER_DOCUMENT), chunk % CHUNKS_PER_DOCUMENT);
    }

    /** A hit as an index would return it, scored with {@code score}: for the exact reference of hybrid. */
    ChunkHit hit(int chunk, double score) {
        return new ChunkHit(
                chunkId(chunk), documents.get(chunk / CHUNKS_PER_DOCUMENT), source, "", "", texts.get(chunk), score);
    }

    /** The documents from {@code fromDocument}, up to {@code count} of them, as the index write path takes them. */
    List<DocumentChunks> documents(int fromDocument, int count) {
        List<DocumentChunks> batch = new ArrayList<>();
        for (int d = fromDocument; d < Math.min(documents.size(), fromDocument + count); d++) {
            List<IndexedChunk> chunks = new ArrayList<>();
            for (int c = d * CHUNKS_PER_DOCUMENT; c < Math.min(size(), (d + 1) * CHUNKS_PER_DOCUMENT); c++) {
                chunks.add(
                        new IndexedChunk(chunkId(c), source, documents.get(d), "", "", texts.get(c), vectors.get(c)));
            }
            batch.add(new DocumentChunks(documents.get(d), chunks));
        }
        return batch;
    }

    int documentCount() {
        return documents.size();
    }

    private static UUID uuid(String name, int size) {
        return UUID.nameUUIDFromBytes(("retrieval-bench/" + size + "/" + name).getBytes());
    }
}
