package io.cairn.adapter.out.openai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible chat-completions server, and how patiently.
 *
 * @param baseUrl the API root, for example {@code https://api.openai.com/v1}; {@code /chat/completions} is appended
 * @param apiKey sent as a bearer token; blank for servers that need none (a local vLLM or Ollama)
 * @param model the model asked for when a bot names none
 * @param connectTimeout to open the TCP/TLS connection
 * @param firstTokenTimeout from sending the request to the first streamed token
 * @param idleTimeout the longest silence between two chunks once the answer streams
 * @param maxAttempts upstream calls per answer, the first included; retries happen before the first token only
 * @param retryBaseDelay the first back-off, doubled per attempt and jittered
 * @param retryMaxDelay the longest wait between attempts, {@code Retry-After} included
 * @param breakerFailures consecutive failed upstream calls that open the circuit
 * @param breakerOpenFor how long an open circuit fails fast before it lets a trial call through
 * @param maxConcurrentCalls the bulkhead: upstream calls in flight at once; more are refused at once
 * @param tokenFlushInterval after the first token, how long tokens may gather into one listener call (and so one
 *     SSE event); zero passes each token on alone (ADR 0014)
 */
public record OpenAiSettings(
        URI baseUrl,
        String apiKey,
        String model,
        Duration connectTimeout,
        Duration firstTokenTimeout,
        Duration idleTimeout,
        int maxAttempts,
        Duration retryBaseDelay,
        Duration retryMaxDelay,
        int breakerFailures,
        Duration breakerOpenFor,
        int maxConcurrentCalls,
        Duration tokenFlushInterval) {

    public OpenAiSettings {
        Objects.requireNonNull(baseUrl);
        apiKey = apiKey == null ? "" : apiKey;
        Objects.requireNonNull(model);
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(firstTokenTimeout);
        Objects.requireNonNull(idleTimeout);
        Objects.requireNonNull(retryBaseDelay);
        Objects.requireNonNull(retryMaxDelay);
        Objects.requireNonNull(breakerOpenFor);
        if (tokenFlushInterval == null || tokenFlushInterval.isNegative()) {
            throw new IllegalArgumentException("the token flush interval is zero or more");
        }
        if (maxAttempts < 1 || breakerFailures < 1 || maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("attempts, breaker failures and concurrent calls are at least 1");
        }
    }

    /** Upstream calls per request, the first included, and their back-off: shared by model and embedding calls. */
    static final int DEFAULT_MAX_ATTEMPTS = 3;

    static final Duration DEFAULT_RETRY_BASE_DELAY = Duration.ofMillis(500);
    static final Duration DEFAULT_RETRY_MAX_DELAY = Duration.ofSeconds(10);

    /** The production defaults documented in docs/operations.md. */
    public static OpenAiSettings defaults(URI baseUrl, String apiKey, String model) {
        return new OpenAiSettings(
                baseUrl,
                apiKey,
                model,
                Duration.ofSeconds(5),
                Duration.ofSeconds(20),
                Duration.ofSeconds(30),
                DEFAULT_MAX_ATTEMPTS,
                DEFAULT_RETRY_BASE_DELAY,
                DEFAULT_RETRY_MAX_DELAY,
                5,
                Duration.ofSeconds(30),
                64,
                Duration.ofMillis(50));
    }

    /** These settings with another token flush interval. */
    public OpenAiSettings withTokenFlushInterval(Duration interval) {
        return new OpenAiSettings(
                baseUrl,
                apiKey,
                model,
                connectTimeout,
                firstTokenTimeout,
                idleTimeout,
                maxAttempts,
                retryBaseDelay,
                retryMaxDelay,
                breakerFailures,
                breakerOpenFor,
                maxConcurrentCalls,
                interval);
    }

    URI chatCompletionsUri() {
        return Endpoints.resolve(baseUrl, "chat/completions");
    }

    @Override
    public String toString() {
        // The key never reaches a log line.
        return "OpenAiSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isBlank() ? "none" : "***") + "]";
    }
}
