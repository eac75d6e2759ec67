package io.cairn.ports.out.embedding;

import io.cairn.domain.chunk.TokenCounter;
import java.util.List;

/** Driven port: turns text into dense vectors, and tells how the model counts tokens and how many it accepts. */
public interface EmbeddingPort extends TokenCounter {

    /** A stable name of the model, part of any cache key. */
    String modelId();

    int dimension();

    /** The most content tokens one input may have (special tokens excluded); longer input would be truncated. */
    int maxInputTokens();

    /** Embeds passages for indexing, in the order given. */
    List<float[]> embedAll(List<String> texts);

    /** Embeds a search query; models such as bge add a retrieval instruction here. */
    float[] embedQuery(String query);
}
