package io.cairn.adapter.out.openai;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import io.cairn.domain.chat.TokenUsage;
import io.cairn.ports.out.llm.LlmBusyException;
import io.cairn.ports.out.llm.LlmException;
import io.cairn.ports.out.llm.LlmPort;
import io.cairn.ports.out.llm.LlmRequest;
import io.cairn.ports.out.llm.LlmStreamListener;
import io.cairn.ports.out.llm.LlmTimeoutException;
import io.cairn.ports.out.llm.LlmUnavailableException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Driven adapter: the LLM port over any OpenAI-compatible chat-completions server, streamed, behind a bulkhead, a
 * circuit breaker and a retry that never repeats a token the visitor already saw.
 */
public final class OpenAiLlmAdapter implements LlmPort {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiLlmAdapter.class);

    private final OpenAiSettings settings;
    private final HttpClient client;
    private final Bulkhead bulkhead;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final Encoding tokenizer;

    public OpenAiLlmAdapter(OpenAiSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.bulkhead = Resilience.bulkhead(settings);
        this.breaker = Resilience.circuitBreaker(settings);
        this.retry = Resilience.retry(settings);
        EncodingRegistry registry = Encodings.newLazyEncodingRegistry();
        this.tokenizer = registry.getEncodingForModel(settings.model())
                .orElseGet(() -> registry.getEncoding(EncodingType.O200K_BASE));
    }

    /** Counts with the configured model's own tokenizer, or o200k (GPT-4o's) for a model jtokkit does not know. */
    @Override
    public int countTokens(String text) {
        return tokenizer.countTokens(text);
    }

    @Override
    public void stream(LlmRequest request, LlmStreamListener listener) {
        if (!bulkhead.tryAcquirePermission()) {
            listener.onError(new LlmBusyException(
                    "already " + settings.maxConcurrentCalls() + " answers in generation; try again shortly", null));
            return;
        }
        try {
            HttpRequest http = httpRequest(request);
            Supplier<TokenUsage> guarded =
                    CircuitBreaker.decorateSupplier(breaker, () -> StreamAttempt.run(client, http, settings, listener));
            TokenUsage usage = Retry.decorateSupplier(retry, guarded).get();
            listener.onComplete(usage);
        } catch (CallNotPermittedException e) {
            listener.onError(new LlmUnavailableException("the model provider is failing; circuit open", e));
        } catch (AttemptFailure e) {
            LOG.warn("model call failed ({}): {}", e.kind(), e.getMessage());
            listener.onError(toPortException(e));
        } finally {
            bulkhead.onComplete();
        }
    }

    private static LlmException toPortException(AttemptFailure failure) {
        return switch (failure.kind()) {
            case TIMEOUT -> new LlmTimeoutException(failure.getMessage(), failure);
            case STATUS, TRANSPORT ->
                new LlmUnavailableException("the model provider is unavailable: " + failure.getMessage(), failure);
            case AFTER_FIRST_TOKEN, REJECTED -> new LlmException(failure.getMessage(), failure);
        };
    }

    private HttpRequest httpRequest(LlmRequest request) {
        var builder = HttpRequest.newBuilder(settings.chatCompletionsUri())
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(
                        ChatCompletionJson.streamingRequest(request, settings.model())));
        return Endpoints.authorized(builder, settings.apiKey()).build();
    }
}
