package io.cairn.bench;

import io.cairn.adapter.out.openai.FakeOpenAiServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real server in-process on the embedded default (H2, Lucene, in-process ONNX bge-small), in front of a fake
 * OpenAI-compatible provider, with rate limits and the model bulkhead set high enough never to throttle a benchmark.
 */
final class ChatServer implements AutoCloseable {

    private final FakeOpenAiServer provider;
    private final EmbeddedServer server;

    private ChatServer(FakeOpenAiServer provider, EmbeddedServer server) {
        this.provider = provider;
        this.server = server;
    }

    /** Starts both; {@code tokensPerSecond} 0 streams the answer as fast as the socket takes it. */
    static ChatServer start(String answer, double tokensPerSecond, int maxStreams) throws IOException {
        FakeOpenAiServer provider = FakeOpenAiServer.start().answerWith(answer);
        if (tokensPerSecond > 0) {
            provider.pacedAt(tokensPerSecond);
        }
        return new ChatServer(provider, ApplicationContext.run(EmbeddedServer.class, properties(provider, maxStreams)));
    }

    /**
     * The server's settings for a load run: a fresh data directory, the fake provider as the model, room for
     * {@code maxStreams} model calls at once, and no plan or rate limit in the way.
     */
    static Map<String, Object> properties(FakeOpenAiServer provider, int maxStreams) throws IOException {
        Map<String, Object> p = new HashMap<>();
        p.put("cairn.data-dir", Files.createTempDirectory("cairn-bench").toString());
        p.put("cairn.auth.jwt-secret", "a-benchmark-secret-that-is-long-enough-for-hs256-signing");
        p.put("micronaut.server.port", -1);
        p.put("cairn.demo.enabled", false);
        UnlimitedPlans.into(p);
        p.put("cairn.llm.base-url", provider.baseUrl().toString());
        p.put("cairn.llm.api-key", "bench-key");
        p.put("cairn.llm.max-concurrent-calls", maxStreams * 2);
        for (String layer : List.of("visitor", "bot", "organization")) {
            p.put("cairn.rate-limits.free." + layer + ".requests", 100_000_000);
        }
        return p;
    }

    URI uri() {
        return server.getURI();
    }

    /** A bean of the running server, to time one stage of a chat on its own. */
    <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    /** From now on the provider streams at this pace after its first token; 0 streams as fast as it can. */
    void paceAt(double tokensPerSecond) {
        if (tokensPerSecond > 0) {
            provider.pacedAt(tokensPerSecond);
        } else {
            provider.unpaced();
        }
    }

    /** How many model calls the provider has received. */
    int providerCalls() {
        return (int) provider.requests().stream()
                .filter(body -> body.contains("\"messages\""))
                .count();
    }

    @Override
    public void close() {
        server.close();
        provider.close();
    }
}
