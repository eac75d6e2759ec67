package io.cairn.adapter.out.local;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.cairn.ports.out.embedding.EmbeddingFailedException;
import io.cairn.ports.out.embedding.EmbeddingPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Driven adapter: bge-small-en-v1.5 (quantized) embeddings computed in-process by ONNX Runtime, nothing to install. */
public final class LocalOnnxEmbeddingAdapter implements EmbeddingPort {

    private static final String MODEL_ID = "bge-small-en-v1.5-q";
    // 512 positions minus [CLS] and [SEP]; langchain4j would silently cut (or split and average) anything longer.
    private static final int MAX_INPUT_TOKENS = 510;

    private final EmbeddingModel model;
    private final BgeTokenCounter tokens;

    /**
     * Embeds a batch with one single-threaded run per core at a time, and a lone text (a query) on the calling
     * thread. Of the set-ups measured this one did the most texts per CPU-second and had the lowest query latency.
     */
    public LocalOnnxEmbeddingAdapter() {
        this(QuietBgeSmallEnV15Model.onePerCore());
    }

    LocalOnnxEmbeddingAdapter(EmbeddingModel model) {
        this.model = Objects.requireNonNull(model);
        this.tokens = BgeTokenCounter.load();
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimension() {
        return QuietBgeSmallEnV15Model.DIMENSION;
    }

    @Override
    public int maxInputTokens() {
        return MAX_INPUT_TOKENS;
    }

    @Override
    public int count(String text) {
        return tokens.count(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            segments.add(TextSegment.from(checked(texts.get(i), i)));
        }
        return embed(segments).stream().map(e -> Vectors.unit(e.vector())).toList();
    }

    /**
     * The query as written, without bge's optional retrieval instruction: on SciFact the instruction cost about nine
     * tokens (a fifth of a question's embedding time) and no quality (ADR 18).
     */
    @Override
    public float[] embedQuery(String query) {
        return embedAll(List.of(query)).get(0);
    }

    private String checked(String text, int index) {
        int count = tokens.count(text);
        if (count > MAX_INPUT_TOKENS) {
            throw new EmbeddingFailedException(
                    "text %d has %d tokens but %s takes at most %d; it would be truncated"
                            .formatted(index, count, MODEL_ID, MAX_INPUT_TOKENS),
                    null);
        }
        if (count == 0) {
            throw new EmbeddingFailedException("text %d has no tokens to embed".formatted(index), null);
        }
        return text;
    }

    private List<Embedding> embed(List<TextSegment> segments) {
        try {
            return model.embedAll(segments).content();
        } catch (RuntimeException e) {
            throw new EmbeddingFailedException(MODEL_ID + " could not embed " + segments.size() + " texts", e);
        }
    }
}
