package io.cairn.adapter.out.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import io.cairn.ports.out.embedding.EmbeddingFailedException;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Driven adapter: embeddings from an OpenAI-compatible {@code /embeddings} endpoint (OpenAI, Azure, vLLM, Ollama),
 * in batches, in the order given, checked for the configured dimension. Tokens are counted with cl100k, the
 * tokenizer of OpenAI's embedding models, so chunks never exceed the model's input limit. A batch refused with 429
 * or 5xx, or lost to a connection failure, is sent again after a back-off (or the {@code Retry-After} asked for).
 */
public final class OpenAiEmbeddingAdapter implements EmbeddingPort {

    static final int BATCH = 128;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenAiEmbeddingSettings settings;
    private final HttpClient client;
    private final Retry retry;
    private final Encoding tokenizer = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    public OpenAiEmbeddingAdapter(OpenAiEmbeddingSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.retry = Resilience.retry(settings);
    }

    @Override
    public String modelId() {
        return "openai:" + settings.model() + ":" + settings.dimension();
    }

    @Override
    public int dimension() {
        return settings.dimension();
    }

    @Override
    public int maxInputTokens() {
        return settings.maxInputTokens();
    }

    @Override
    public int count(String text) {
        return tokenizer.countTokens(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            vectors.addAll(batch(texts.subList(from, Math.min(texts.size(), from + BATCH))));
        }
        return vectors;
    }

    @Override
    public float[] embedQuery(String query) {
        return embedAll(List.of(query)).get(0);
    }

    private List<float[]> batch(List<String> texts) {
        ObjectNode body = JSON.createObjectNode().put("model", settings.model()).put("dimensions", dimension());
        texts.forEach(body.putArray("input")::add);
        try {
            HttpRequest request = Endpoints.authorized(
                            HttpRequest.newBuilder(Endpoints.resolve(settings.baseUrl(), "embeddings")),
                            settings.apiKey())
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
            String answer = Retry.decorateSupplier(retry, () -> send(request)).get();
            return vectors(JSON.readTree(answer), texts.size());
        } catch (AttemptFailure e) {
            throw new EmbeddingFailedException(e.getMessage(), e.getCause());
        } catch (IOException e) {
            throw new EmbeddingFailedException("the embedding endpoint answered unreadable JSON", e);
        }
    }

    /** One request: the body of a 200, or a failure that says whether another attempt may help. */
    private String send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AttemptFailure(AttemptFailure.Kind.TRANSPORT, "the embedding endpoint could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AttemptFailure(AttemptFailure.Kind.REJECTED, "interrupted while embedding", e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return response.body();
        }
        String message = "the embedding endpoint answered " + status;
        if (status == 429 || status / 100 == 5) {
            throw new AttemptFailure(AttemptFailure.Kind.STATUS, message, RetryAfter.parse(response.headers()), null);
        }
        throw new AttemptFailure(AttemptFailure.Kind.REJECTED, message, null);
    }

    /** Orders the answer by each item's {@code index}, and refuses a count or size other than asked for. */
    private List<float[]> vectors(JsonNode answer, int expected) {
        float[][] byIndex = new float[expected][];
        for (JsonNode item : answer.path("data")) {
            int index = item.path("index").asInt(-1);
            JsonNode values = item.path("embedding");
            if (index < 0 || index >= expected || values.size() != dimension()) {
                throw new EmbeddingFailedException("the embedding endpoint answered an unexpected vector", null);
            }
            float[] vector = new float[values.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) values.get(i).asDouble();
            }
            byIndex[index] = vector;
        }
        List<float[]> vectors = new ArrayList<>(expected);
        for (float[] v : byIndex) {
            if (v == null) {
                throw new EmbeddingFailedException("the embedding endpoint left an input without a vector", null);
            }
            vectors.add(v);
        }
        return vectors;
    }
}
