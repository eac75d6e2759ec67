package io.cairn.host.server;

import io.cairn.adapter.out.local.LocalExtractiveAnswerAdapter;
import io.cairn.adapter.out.local.LocalOnnxEmbeddingAdapter;
import io.cairn.adapter.out.lucene.LuceneRetrievalIndexAdapter;
import io.cairn.adapter.out.openai.OpenAiEmbeddingAdapter;
import io.cairn.adapter.out.openai.OpenAiEmbeddingSettings;
import io.cairn.adapter.out.pgvector.PgVectorRetrievalIndexAdapter;
import io.cairn.adapter.out.scraper.FetchSettings;
import io.cairn.adapter.out.scraper.GuardedPageFetcherAdapter;
import io.cairn.adapter.out.scraper.ParserSettings;
import io.cairn.adapter.out.scraper.TikaDocumentParserAdapter;
import io.cairn.ports.out.answer.ExtractiveAnswerPort;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.cairn.ports.out.time.ClockPort;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Builds the in-process driven adapters: ONNX embeddings, the retrieval index, Tika and the fetcher. The index is
 * Lucene on the embedded default, and pgvector in the application's PostgreSQL database when {@code cairn.db.url}
 * (CAIRN_DB_URL) is set. Factory methods return the concrete adapters so their {@code close()} runs at shutdown; they
 * are injected by port.
 */
@Factory
class AdapterFactory {

    /** Set (from CAIRN_DB_URL) exactly when the application runs on PostgreSQL. */
    static final String DB_URL = "cairn.db.url";

    @Singleton
    ClockPort clock() {
        return Instant::now;
    }

    /**
     * bge-small in-process by default; an OpenAI-compatible endpoint when {@code cairn.embedding.base-url}
     * (CAIRN_EMBEDDING_BASE_URL) is set. Changing the model changes the vectors: reindex afterwards.
     */
    @Singleton
    EmbeddingPort embedding(Environment env) {
        Optional<String> baseUrl =
                env.getProperty("cairn.embedding.base-url", String.class).filter(url -> url.matches("https?://.+"));
        if (baseUrl.isEmpty()) {
            return new LocalOnnxEmbeddingAdapter();
        }
        return new OpenAiEmbeddingAdapter(new OpenAiEmbeddingSettings(
                URI.create(baseUrl.get()),
                env.getProperty("cairn.embedding.api-key", String.class)
                        .or(() -> env.getProperty("cairn.llm.api-key", String.class))
                        .orElse(""),
                env.getProperty("cairn.embedding.model", String.class).orElse("text-embedding-3-small"),
                env.getProperty("cairn.embedding.dimension", Integer.class).orElse(1536),
                env.getProperty("cairn.embedding.max-input-tokens", Integer.class)
                        .orElse(8191),
                env.getProperty("cairn.embedding.timeout", Duration.class).orElse(Duration.ofSeconds(30))));
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(missingProperty = DB_URL)
    LuceneRetrievalIndexAdapter luceneIndex(CairnSettings settings, EmbeddingPort embedding) {
        // Like pgvector's, the index is opened for the embedding model's dimension: a model switched without a
        // reindex stops the start, instead of failing every search.
        return new LuceneRetrievalIndexAdapter(settings.indexDir(), embedding.dimension());
    }

    /**
     * The index in the same PostgreSQL database as the repositories, with its tables created or checked at once.
     * Like the job queue, it manages its own connections and commits, so it gets the pool, not the transactional
     * proxy.
     */
    @Singleton
    @Requires(property = DB_URL)
    PgVectorRetrievalIndexAdapter pgVectorIndex(
            DataSource dataSource, DataSourceResolver resolver, EmbeddingPort embedding) {
        return new PgVectorRetrievalIndexAdapter(resolver.resolve(dataSource), embedding.dimension()).migrate();
    }

    @Singleton
    @Bean(preDestroy = "close")
    TikaDocumentParserAdapter parser() {
        return new TikaDocumentParserAdapter(ParserSettings.defaults());
    }

    @Singleton
    @Bean(preDestroy = "close")
    GuardedPageFetcherAdapter fetcher(CairnSettings settings) {
        return new GuardedPageFetcherAdapter(FetchSettings.defaults()
                .withAllowPrivateNetwork(settings.allowPrivateNetworkFetch())
                .withAllowedPorts(settings.allowedFetchPorts()));
    }

    @Singleton
    ExtractiveAnswerPort extractiveAnswers(EmbeddingPort embedding) {
        return new LocalExtractiveAnswerAdapter(embedding);
    }
}
