package io.cairn.host.server;

import io.cairn.adapter.out.local.LocalExtractiveAnswerAdapter;
import io.cairn.adapter.out.local.LocalOnnxEmbeddingAdapter;
import io.cairn.adapter.out.lucene.LuceneRetrievalIndexAdapter;
import io.cairn.adapter.out.scraper.FetchSettings;
import io.cairn.adapter.out.scraper.GuardedPageFetcherAdapter;
import io.cairn.adapter.out.scraper.ParserSettings;
import io.cairn.adapter.out.scraper.TikaDocumentParserAdapter;
import io.cairn.ports.out.answer.ExtractiveAnswerPort;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.cairn.ports.out.time.ClockPort;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Builds the in-process driven adapters of the embedded default: ONNX embeddings, Lucene, Tika and the fetcher.
 * Factory methods return the concrete adapters so their {@code close()} runs at shutdown; they are injected by port.
 */
@Factory
class AdapterFactory {

    @Singleton
    ClockPort clock() {
        return Instant::now;
    }

    @Singleton
    EmbeddingPort embedding() {
        return new LocalOnnxEmbeddingAdapter();
    }

    @Singleton
    @Bean(preDestroy = "close")
    LuceneRetrievalIndexAdapter luceneIndex(CairnSettings settings) {
        return new LuceneRetrievalIndexAdapter(settings.indexDir());
    }

    @Singleton
    @Bean(preDestroy = "close")
    TikaDocumentParserAdapter parser() {
        return new TikaDocumentParserAdapter(ParserSettings.defaults());
    }

    @Singleton
    @Bean(preDestroy = "close")
    GuardedPageFetcherAdapter fetcher(CairnSettings settings) {
        return new GuardedPageFetcherAdapter(
                FetchSettings.defaults().withAllowPrivateNetwork(settings.allowPrivateNetworkFetch()));
    }

    @Singleton
    ExtractiveAnswerPort extractiveAnswers(EmbeddingPort embedding) {
        return new LocalExtractiveAnswerAdapter(embedding);
    }
}
