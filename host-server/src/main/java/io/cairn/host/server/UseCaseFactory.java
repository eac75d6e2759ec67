package io.cairn.host.server;

import io.cairn.domain.chunk.ChunkingPolicy;
import io.cairn.ports.in.account.FindAccountUseCase;
import io.cairn.ports.in.account.LogInUseCase;
import io.cairn.ports.in.account.SignUpUseCase;
import io.cairn.ports.in.bot.CreateBotUseCase;
import io.cairn.ports.in.bot.DeleteBotUseCase;
import io.cairn.ports.in.bot.FindBotsUseCase;
import io.cairn.ports.in.bot.UpdateBotUseCase;
import io.cairn.ports.in.chat.AskQuestionUseCase;
import io.cairn.ports.in.jobs.ManageJobsUseCase;
import io.cairn.ports.in.reindex.OptimizeIndexUseCase;
import io.cairn.ports.in.reindex.ReindexUseCase;
import io.cairn.ports.in.retrieval.RetrieveUseCase;
import io.cairn.ports.in.source.AddSourceUseCase;
import io.cairn.ports.in.source.DeleteSourceUseCase;
import io.cairn.ports.in.source.FindSourcesUseCase;
import io.cairn.ports.in.source.IngestSourceUseCase;
import io.cairn.ports.in.source.PreviewCrawlUseCase;
import io.cairn.ports.in.source.SyncDueSourcesUseCase;
import io.cairn.ports.in.source.SyncSourceUseCase;
import io.cairn.ports.in.tenant.CreateTenantUseCase;
import io.cairn.ports.in.tenant.ListTenantsUseCase;
import io.cairn.ports.out.answer.ExtractiveAnswerPort;
import io.cairn.ports.out.embedding.EmbeddingCacheRepository;
import io.cairn.ports.out.embedding.EmbeddingPort;
import io.cairn.ports.out.events.OutboundEventPort;
import io.cairn.ports.out.fetch.PageFetcherPort;
import io.cairn.ports.out.index.RetrievalIndexPort;
import io.cairn.ports.out.jobs.JobAdminPort;
import io.cairn.ports.out.jobs.JobHandler;
import io.cairn.ports.out.jobs.JobQueuePort;
import io.cairn.ports.out.jobs.RecurringJob;
import io.cairn.ports.out.llm.LlmPort;
import io.cairn.ports.out.parsing.DocumentParserPort;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.persistence.DocumentRepository;
import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.MessageRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.persistence.SyncReportRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.persistence.UserRepository;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.security.PasswordHasherPort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.account.FindAccountService;
import io.cairn.usecase.account.LogInService;
import io.cairn.usecase.account.SignUpService;
import io.cairn.usecase.billing.PlanGate;
import io.cairn.usecase.bot.CreateBotService;
import io.cairn.usecase.bot.DeleteBotService;
import io.cairn.usecase.bot.FindBotsService;
import io.cairn.usecase.bot.UpdateBotService;
import io.cairn.usecase.chat.AskQuestionService;
import io.cairn.usecase.jobs.ManageJobsService;
import io.cairn.usecase.reindex.OptimizeIndexService;
import io.cairn.usecase.reindex.ReindexService;
import io.cairn.usecase.retrieval.RetrieveService;
import io.cairn.usecase.retrieval.Retriever;
import io.cairn.usecase.source.AddSourceService;
import io.cairn.usecase.source.CrawlPorts;
import io.cairn.usecase.source.DeleteSourceService;
import io.cairn.usecase.source.FindSourcesService;
import io.cairn.usecase.source.IngestSourceJobHandler;
import io.cairn.usecase.source.IngestSourceService;
import io.cairn.usecase.source.PreviewCrawlService;
import io.cairn.usecase.source.SyncDueSourcesJob;
import io.cairn.usecase.source.SyncDueSourcesService;
import io.cairn.usecase.source.SyncSourceService;
import io.cairn.usecase.tenant.CreateTenantService;
import io.cairn.usecase.tenant.ListTenantsService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Builds the framework-free use-case services from the driven-port beans: the only place they are wired. */
@Factory
class UseCaseFactory {

    @Singleton
    SignUpUseCase signUp(
            UserRepository users,
            OrganizationRepository orgs,
            WorkspaceRepository workspaces,
            MembershipRepository memberships,
            PasswordHasherPort hasher,
            TransactionPort tx,
            ClockPort clock) {
        return new SignUpService(users, orgs, workspaces, memberships, hasher, tx, clock);
    }

    @Singleton
    LogInUseCase logIn(
            UserRepository users,
            MembershipRepository memberships,
            OrganizationRepository orgs,
            WorkspaceRepository workspaces,
            PasswordHasherPort hasher) {
        return new LogInService(users, memberships, orgs, workspaces, hasher);
    }

    @Singleton
    FindAccountUseCase findAccount(
            UserRepository users,
            MembershipRepository memberships,
            OrganizationRepository orgs,
            WorkspaceRepository workspaces) {
        return new FindAccountService(users, memberships, orgs, workspaces);
    }

    @Singleton
    CreateBotUseCase createBot(
            BotRepository bots, WorkspaceRepository workspaces, ClockPort clock, PlanGate plans, TransactionPort tx) {
        return new CreateBotService(bots, workspaces, clock, plans, tx);
    }

    @Singleton
    FindBotsUseCase findBots(BotRepository bots) {
        return new FindBotsService(bots);
    }

    @Singleton
    UpdateBotUseCase updateBot(BotRepository bots) {
        return new UpdateBotService(bots);
    }

    @Singleton
    DeleteBotUseCase deleteBot(
            BotRepository bots,
            SourceRepository sources,
            DocumentRepository documents,
            SourceContentRepository contents,
            RetrievalIndexPort index,
            TransactionPort tx) {
        return new DeleteBotService(bots, sources, documents, contents, index, tx);
    }

    @Singleton
    AddSourceUseCase addSource(
            BotRepository bots,
            SourceRepository sources,
            SourceContentRepository contents,
            JobQueuePort jobs,
            TransactionPort tx,
            ClockPort clock,
            PageFetcherPort fetcher,
            PlanGate plans) {
        return new AddSourceService(bots, sources, contents, jobs, tx, clock, fetcher, plans);
    }

    @Singleton
    PreviewCrawlUseCase previewCrawl(
            BotRepository bots, DocumentParserPort parser, PageFetcherPort fetcher, CrawlPorts crawl) {
        return new PreviewCrawlService(bots, parser, fetcher, crawl);
    }

    @Singleton
    SyncDueSourcesUseCase syncDueSources(
            SourceRepository sources, JobQueuePort jobs, TransactionPort tx, ClockPort clock) {
        return new SyncDueSourcesService(sources, jobs, tx, clock);
    }

    @Singleton
    RecurringJob syncDueSourcesJob(SyncDueSourcesUseCase syncDue) {
        return new SyncDueSourcesJob(syncDue);
    }

    @Singleton
    FindSourcesUseCase findSources(
            BotRepository bots, SourceRepository sources, DocumentRepository documents, SyncReportRepository reports) {
        return new FindSourcesService(bots, sources, documents, reports);
    }

    @Singleton
    DeleteSourceUseCase deleteSource(
            BotRepository bots,
            SourceRepository sources,
            DocumentRepository documents,
            SourceContentRepository contents,
            RetrievalIndexPort index,
            SyncReportRepository reports,
            TransactionPort tx) {
        return new DeleteSourceService(bots, sources, documents, contents, index, reports, tx);
    }

    @Singleton
    SyncSourceUseCase syncSource(BotRepository bots, SourceRepository sources, JobQueuePort jobs) {
        return new SyncSourceService(bots, sources, jobs);
    }

    @Singleton
    IngestSourceUseCase ingestSource(
            SourceRepository sources,
            DocumentRepository documents,
            SourceContentRepository contents,
            DocumentParserPort parser,
            PageFetcherPort fetcher,
            CrawlPorts crawl,
            EmbeddingPort embedding,
            EmbeddingCacheRepository embeddingCache,
            RetrievalIndexPort index,
            SyncReportRepository reports,
            BotRepository bots,
            OutboundEventPort events,
            CairnSettings settings,
            ClockPort clock,
            PlanGate plans) {
        var policy = new ChunkingPolicy(settings.chunkMaxTokens(), settings.chunkOverlapTokens());
        return new IngestSourceService(
                sources,
                documents,
                contents,
                parser,
                fetcher,
                Optional.of(crawl),
                embedding,
                embeddingCache,
                index,
                reports,
                bots,
                events,
                policy,
                clock,
                plans);
    }

    @Singleton
    ReindexUseCase reindex(
            OrganizationRepository organizations,
            BotRepository bots,
            SourceRepository sources,
            IngestSourceUseCase ingest) {
        return new ReindexService(organizations, bots, sources, ingest);
    }

    @Singleton
    OptimizeIndexUseCase optimizeIndex(RetrievalIndexPort index, ClockPort clock) {
        return new OptimizeIndexService(index, clock);
    }

    @Singleton
    ManageJobsUseCase manageJobs(JobAdminPort jobs) {
        return new ManageJobsService(jobs);
    }

    @Singleton
    JobHandler ingestSourceJobs(IngestSourceUseCase ingest) {
        return new IngestSourceJobHandler(ingest);
    }

    @Singleton
    Retriever retriever(EmbeddingPort embedding, RetrievalIndexPort index, FusionSettings fusion) {
        return new Retriever(embedding, index, fusion.fusion());
    }

    @Singleton
    RetrieveUseCase retrieve(BotRepository bots, Retriever retriever) {
        return new RetrieveService(bots, retriever);
    }

    @Singleton
    AskQuestionUseCase askQuestion(
            BotRepository bots,
            ConversationRepository conversations,
            MessageRepository messages,
            Retriever retriever,
            ExtractiveAnswerPort extractor,
            Optional<LlmPort> llm,
            OutboundEventPort events,
            ClockPort clock,
            PlanGate plans,
            TransactionPort tx) {
        return new AskQuestionService(
                bots, conversations, messages, retriever, extractor, llm, events, clock, plans, tx);
    }

    @Singleton
    CreateTenantUseCase createTenant(
            OrganizationRepository orgs, WorkspaceRepository workspaces, TransactionPort tx, ClockPort clock) {
        return new CreateTenantService(orgs, workspaces, tx, clock);
    }

    @Singleton
    ListTenantsUseCase listTenants(OrganizationRepository orgs) {
        return new ListTenantsService(orgs);
    }
}
