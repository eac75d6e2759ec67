package io.cairn.bench;

import io.cairn.domain.chunk.Chunk;
import io.cairn.domain.chunk.Chunker;
import io.cairn.domain.chunk.ChunkingPolicy;
import io.cairn.ports.out.embedding.EmbeddingPort;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The raw model ceiling (benchmark 1 a): the pipeline's own embedding adapter, {@code embedAll} over the texts the
 * pipeline embeds, in the batches it makes, and nothing else. The texts are rebuilt outside the timing with the
 * domain's {@link Chunker} and the rule of {@code usecase.source.EmbeddingText} (title, blank line, chunk; the
 * budget shrinks by the title's tokens; a title over 48 tokens is left out), and the chunk count is checked
 * against the pipeline's.
 */
final class RawEmbedding {

    // The same values as IngestSourceService.BATCH_CHUNKS and EmbeddingText.MAX_TITLE_TOKENS.
    private static final int BATCH_CHUNKS = 64;
    private static final int MAX_TITLE_TOKENS = 48;

    private final EmbeddingPort embedding;
    private final ChunkingPolicy policy;

    RawEmbedding(EmbeddingPort embedding, ChunkingPolicy policy) {
        this.embedding = embedding;
        this.policy = policy;
    }

    /** The embedding inputs of some whole documents, as the pipeline hands them to the model in one call. */
    record Batch(int docs, List<String> texts) {}

    /** The embedding inputs, grouped as the pipeline flushes them: whole documents until 64 chunks or more. */
    List<Batch> batches(List<ScifactCorpus.Doc> docs) {
        List<Batch> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        int batchDocs = 0;
        for (ScifactCorpus.Doc doc : docs) {
            batch.addAll(inputs(doc));
            batchDocs++;
            if (batch.size() >= BATCH_CHUNKS) {
                batches.add(new Batch(batchDocs, batch));
                batch = new ArrayList<>();
                batchDocs = 0;
            }
        }
        if (!batch.isEmpty()) {
            batches.add(new Batch(batchDocs, batch));
        }
        return batches;
    }

    static int chunks(List<Batch> batches) {
        return batches.stream().mapToInt(b -> b.texts().size()).sum();
    }

    Measure run(String key, String label, List<Batch> batches) {
        return time(key, label, batches, embedding::embedAll);
    }

    /** Times {@code embed} over every batch's texts, one call per batch, as the pipeline hands them over. */
    static Measure time(String key, String label, List<Batch> batches, Consumer<List<String>> embed) {
        int docs = batches.stream().mapToInt(Batch::docs).sum();
        long start = System.nanoTime();
        for (Batch batch : batches) {
            embed.accept(batch.texts());
        }
        return Measure.since(key, label, docs, chunks(batches), start);
    }

    private List<String> inputs(ScifactCorpus.Doc doc) {
        String title =
                doc.title().strip().isEmpty() ? doc.id().strip() : doc.title().strip();
        int titleTokens = title.isBlank() ? 0 : embedding.count(title);
        boolean useTitle = titleTokens > 0 && titleTokens <= MAX_TITLE_TOKENS;
        String prefix = useTitle ? title + "\n\n" : "";
        int budget = embedding.maxInputTokens() - (useTitle ? titleTokens + 1 : 0);
        List<String> inputs = new ArrayList<>();
        for (Chunk chunk : new Chunker(embedding, policy.capTo(budget)).chunk(doc.text())) {
            inputs.add(prefix + chunk.text());
        }
        return inputs;
    }
}
