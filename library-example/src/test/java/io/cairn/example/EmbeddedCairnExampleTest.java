package io.cairn.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.out.local.LocalExtractiveAnswerAdapter;
import io.cairn.adapter.out.local.LocalOnnxEmbeddingAdapter;
import io.cairn.adapter.out.lucene.LuceneRetrievalIndexAdapter;
import io.cairn.adapter.out.scraper.FetchSettings;
import io.cairn.adapter.out.scraper.GuardedPageFetcherAdapter;
import io.cairn.adapter.out.scraper.ParserSettings;
import io.cairn.adapter.out.scraper.TikaDocumentParserAdapter;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.chunk.ChunkingPolicy;
import io.cairn.domain.retrieval.RankFusion;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Organization;
import io.cairn.ports.in.bot.CreateBotCommand;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.in.chat.AnswerResult;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.source.AddSourceCommand.AddText;
import io.cairn.ports.in.source.IngestProgress;
import io.cairn.ports.out.embedding.EmbeddingCacheRepository;
import io.cairn.ports.out.events.OutboundEventPort;
import io.cairn.ports.out.jobs.JobQueuePort;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.persistence.DocumentRepository;
import io.cairn.ports.out.persistence.MessageRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.bot.CreateBotService;
import io.cairn.usecase.chat.AskQuestionService;
import io.cairn.usecase.retrieval.Retriever;
import io.cairn.usecase.source.AddSourceService;
import io.cairn.usecase.source.IngestSourceService;
import io.cairn.usecase.tenant.CreateTenantService;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/library.md: Cairn's core embedded in a plain Java program, answering from its own text. */
class EmbeddedCairnExampleTest {

    @TempDir
    Path dir;

    @Test
    void should_answer_from_ingested_text_when_the_core_is_embedded_in_process() throws Exception {
        // Relational storage: adapters-jdbc's repositories live in a small Micronaut context (H2 here).
        try (ApplicationContext storage = ApplicationContext.run(Map.of(
                        "datasources.default.url",
                        "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "datasources.default.driver-class-name",
                        "org.h2.Driver",
                        "flyway.datasources.default.enabled",
                        true,
                        "cairn.jobs.enabled",
                        false));
                var index = new LuceneRetrievalIndexAdapter(dir.resolve("index"));
                var parser = new TikaDocumentParserAdapter(ParserSettings.defaults());
                var fetcher = new GuardedPageFetcherAdapter(FetchSettings.defaults())) {
            var embedding = new LocalOnnxEmbeddingAdapter();
            ClockPort clock = Instant::now;
            TransactionPort tx = storage.getBean(TransactionPort.class);
            var bots = storage.getBean(BotRepository.class);
            var sources = storage.getBean(SourceRepository.class);
            var contents = storage.getBean(SourceContentRepository.class);
            JobQueuePort runNothingInBackground = job -> {};

            // given: a tenant, a bot, and some knowledge
            Organization org = new CreateTenantService(
                            storage.getBean(OrganizationRepository.class),
                            storage.getBean(WorkspaceRepository.class),
                            tx,
                            clock)
                    .create("Acme");
            Actor operator = Actor.operator(org.id());
            Bot bot = new CreateBotService(bots, storage.getBean(WorkspaceRepository.class), clock)
                    .create(operator, new CreateBotCommand("Helpdesk", Optional.empty(), null));
            Source source = new AddSourceService(bots, sources, contents, runNothingInBackground, tx, clock)
                    .add(
                            operator,
                            AddText.single(
                                    bot.id(),
                                    "Returns policy",
                                    "Customers may return any product within 30 days of delivery for a full refund. "
                                            + "Refunds are paid to the original payment method within five working days."));
            Source ingested = new IngestSourceService(
                            sources,
                            storage.getBean(DocumentRepository.class),
                            contents,
                            parser,
                            fetcher,
                            embedding,
                            storage.getBean(EmbeddingCacheRepository.class),
                            index,
                            ChunkingPolicy.defaults(),
                            clock)
                    .ingest(org.id(), source.id(), IngestProgress.none());

            // when: a visitor asks
            var ask = new AskQuestionService(
                    bots,
                    storage.getBean(ConversationRepository.class),
                    storage.getBean(MessageRepository.class),
                    new Retriever(embedding, index, RankFusion.defaults()),
                    new LocalExtractiveAnswerAdapter(embedding),
                    Optional.empty(),
                    OutboundEventPort.NONE,
                    clock);
            AnswerResult answer = ask.ask(
                    new AskQuestionCommand(
                            org.id(), bot.id(), "How long do I have to return a product?", Optional.empty()),
                    AnswerListener.ignoring());

            // then
            assertThat(ingested.status()).isEqualTo(IngestStatus.READY);
            assertThat(answer.answered()).isTrue();
            assertThat(answer.answer()).contains("30 days");
            assertThat(answer.citations()).singleElement().satisfies(c -> assertThat(c.title())
                    .isEqualTo("Returns policy"));
        }
    }
}
