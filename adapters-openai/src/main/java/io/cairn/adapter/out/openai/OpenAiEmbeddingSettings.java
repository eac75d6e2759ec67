package io.cairn.adapter.out.openai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to embed over an OpenAI-compatible {@code /embeddings} endpoint.
 *
 * @param baseUrl the API root, ending in {@code /v1}
 * @param apiKey sent as a bearer token; never logged
 * @param model for example {@code text-embedding-3-small}
 * @param dimension the vector size asked for and checked on every answer (the index is built for it)
 * @param maxInputTokens the most tokens one input may have (8,191 for OpenAI's embedding models)
 * @param timeout for one request, connection included
 */
public record OpenAiEmbeddingSettings(
        URI baseUrl, String apiKey, String model, int dimension, int maxInputTokens, Duration timeout) {

    public OpenAiEmbeddingSettings {
        Objects.requireNonNull(baseUrl);
        apiKey = apiKey == null ? "" : apiKey;
        Objects.requireNonNull(model);
        if (dimension < 1 || maxInputTokens < 1) {
            throw new IllegalArgumentException("dimension and maxInputTokens must be positive");
        }
        Objects.requireNonNull(timeout);
    }

    @Override
    public String toString() {
        return "OpenAiEmbeddingSettings[baseUrl=" + baseUrl + ", model=" + model + ", dimension=" + dimension + "]";
    }
}
