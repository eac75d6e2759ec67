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
 * @param maxAttempts requests per batch, the first included: 429, 5xx and connection failures are retried
 * @param retryBaseDelay the first back-off, doubled per attempt and jittered
 * @param retryMaxDelay the longest wait between attempts, {@code Retry-After} included
 */
public record OpenAiEmbeddingSettings(
        URI baseUrl,
        String apiKey,
        String model,
        int dimension,
        int maxInputTokens,
        Duration timeout,
        int maxAttempts,
        Duration retryBaseDelay,
        Duration retryMaxDelay) {

    /** Three attempts, from 500 ms and at most 10 s apart, as the model's own calls. */
    public OpenAiEmbeddingSettings(
            URI baseUrl, String apiKey, String model, int dimension, int maxInputTokens, Duration timeout) {
        this(
                baseUrl,
                apiKey,
                model,
                dimension,
                maxInputTokens,
                timeout,
                OpenAiSettings.DEFAULT_MAX_ATTEMPTS,
                OpenAiSettings.DEFAULT_RETRY_BASE_DELAY,
                OpenAiSettings.DEFAULT_RETRY_MAX_DELAY);
    }

    public OpenAiEmbeddingSettings {
        Objects.requireNonNull(baseUrl);
        apiKey = apiKey == null ? "" : apiKey;
        Objects.requireNonNull(model);
        if (dimension < 1 || maxInputTokens < 1) {
            throw new IllegalArgumentException("dimension and maxInputTokens must be positive");
        }
        Objects.requireNonNull(timeout);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(retryBaseDelay);
        Objects.requireNonNull(retryMaxDelay);
    }

    @Override
    public String toString() {
        return "OpenAiEmbeddingSettings[baseUrl=" + baseUrl + ", model=" + model + ", dimension=" + dimension + "]";
    }
}
