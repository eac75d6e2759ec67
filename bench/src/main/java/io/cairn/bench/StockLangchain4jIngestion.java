package io.cairn.bench;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.List;

/**
 * The stock langchain4j pipeline (benchmark 1 c), as its documentation builds it: {@code DocumentSplitters.recursive}
 * with the same token budget as Cairn (320 wordpieces, 48 of overlap, counted by langchain4j's HuggingFace tokenizer
 * over the BERT uncased vocabulary that bge-small shares), {@link EmbeddingStoreIngestor} and the stock
 * {@link BgeSmallEnV15QuantizedEmbeddingModel} into an {@link InMemoryEmbeddingStore}. Each document is its title,
 * a blank line and its text, so the model reads the same words as in Cairn's run.
 */
final class StockLangchain4jIngestion {

    private final DocumentSplitter splitter;
    private final EmbeddingModel model;

    StockLangchain4jIngestion(int maxTokens, int overlapTokens) {
        this.splitter = DocumentSplitters.recursive(maxTokens, overlapTokens, new HuggingFaceTokenCountEstimator());
        this.model = new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    static List<Document> documents(List<ScifactCorpus.Doc> docs) {
        return docs.stream()
                .map(d -> Document.from(
                        d.title().isBlank() ? d.text() : d.title().strip() + "\n\n" + d.text(),
                        Metadata.from("id", d.id())))
                .toList();
    }

    /** Only the splitting, timed on its own to show what the splitter costs inside the full run. */
    Measure split(String key, String label, List<Document> documents) {
        long start = System.nanoTime();
        int chunks = splitter.splitAll(documents).size();
        return Measure.since(key, label, documents.size(), chunks, start);
    }

    Measure ingest(String key, String label, List<Document> documents, int chunks) {
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        EmbeddingStoreIngestor ingestor = EmbeddingStoreIngestor.builder()
                .documentSplitter(splitter)
                .embeddingModel(model)
                .embeddingStore(store)
                .build();
        long start = System.nanoTime();
        ingestor.ingest(documents);
        return Measure.since(key, label, documents.size(), chunks, start);
    }
}
