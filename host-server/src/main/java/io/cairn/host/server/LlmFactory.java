package io.cairn.host.server;

import io.cairn.adapter.out.openai.OpenAiLlmAdapter;
import io.cairn.adapter.out.openai.OpenAiSettings;
import io.cairn.ports.out.llm.LlmPort;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;

/**
 * Wires the language model: an OpenAI-compatible server when {@code cairn.llm.base-url} (CAIRN_LLM_BASE_URL) is set;
 * without it there is no {@link LlmPort} bean and every answer is extractive.
 */
@Factory
class LlmFactory {

    static final String PREFIX = "cairn.llm.";

    @Singleton
    @Requires(property = PREFIX + "base-url", pattern = "https?://.+")
    LlmPort llm(Environment env) {
        OpenAiSettings defaults = OpenAiSettings.defaults(
                URI.create(env.getRequiredProperty(PREFIX + "base-url", String.class)),
                env.getProperty(PREFIX + "api-key", String.class).orElse(""),
                env.getProperty(PREFIX + "model", String.class).orElse("gpt-4o-mini"));
        return new OpenAiLlmAdapter(new OpenAiSettings(
                defaults.baseUrl(),
                defaults.apiKey(),
                defaults.model(),
                duration(env, "connect-timeout", defaults.connectTimeout()),
                duration(env, "first-token-timeout", defaults.firstTokenTimeout()),
                duration(env, "idle-timeout", defaults.idleTimeout()),
                env.getProperty(PREFIX + "retry.max-attempts", Integer.class).orElse(defaults.maxAttempts()),
                duration(env, "retry.base-delay", defaults.retryBaseDelay()),
                duration(env, "retry.max-delay", defaults.retryMaxDelay()),
                env.getProperty(PREFIX + "breaker.failures", Integer.class).orElse(defaults.breakerFailures()),
                duration(env, "breaker.open-for", defaults.breakerOpenFor()),
                env.getProperty(PREFIX + "max-concurrent-calls", Integer.class).orElse(defaults.maxConcurrentCalls()),
                duration(env, "token-flush-interval", defaults.tokenFlushInterval())));
    }

    private static Duration duration(Environment env, String key, Duration fallback) {
        return env.getProperty(PREFIX + key, Duration.class).orElse(fallback);
    }
}
