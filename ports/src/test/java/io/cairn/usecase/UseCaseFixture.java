package io.cairn.usecase;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.chunk.ChunkingPolicy;
import io.cairn.domain.event.OutboundEvent;
import io.cairn.domain.retrieval.RankFusion;
import io.cairn.domain.source.Source;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.fakes.DirectTransactions;
import io.cairn.ports.fakes.FakeDocumentParser;
import io.cairn.ports.fakes.FakeExtractiveAnswer;
import io.cairn.ports.fakes.FakeLlm;
import io.cairn.ports.fakes.FakePageFetcher;
import io.cairn.ports.fakes.InMemoryBotRepository;
import io.cairn.ports.fakes.InMemoryConversationRepository;
import io.cairn.ports.fakes.InMemoryDocumentRepository;
import io.cairn.ports.fakes.InMemoryEmbeddingCacheRepository;
import io.cairn.ports.fakes.InMemoryInvitationRepository;
import io.cairn.ports.fakes.InMemoryMembershipRepository;
import io.cairn.ports.fakes.InMemoryMessageRepository;
import io.cairn.ports.fakes.InMemoryOrganizationRepository;
import io.cairn.ports.fakes.InMemoryRetrievalIndex;
import io.cairn.ports.fakes.InMemorySourceContentRepository;
import io.cairn.ports.fakes.InMemorySourceRepository;
import io.cairn.ports.fakes.InMemorySyncReportRepository;
import io.cairn.ports.fakes.InMemoryUserRepository;
import io.cairn.ports.fakes.InMemoryWorkspaceRepository;
import io.cairn.ports.fakes.MutableClock;
import io.cairn.ports.fakes.RecordingJobQueue;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.account.SignUpCommand;
import io.cairn.ports.in.bot.CreateBotCommand;
import io.cairn.ports.in.source.AddSourceCommand;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.llm.LlmPort;
import io.cairn.usecase.account.InvitationService;
import io.cairn.usecase.account.LogInService;
import io.cairn.usecase.account.SignUpService;
import io.cairn.usecase.billing.PlanGate;
import io.cairn.usecase.bot.CreateBotService;
import io.cairn.usecase.bot.DeleteBotService;
import io.cairn.usecase.bot.FindBotsService;
import io.cairn.usecase.bot.UpdateBotService;
import io.cairn.usecase.chat.AskQuestionService;
import io.cairn.usecase.member.ManageMembersService;
import io.cairn.usecase.reindex.ReindexService;
import io.cairn.usecase.retrieval.RetrieveService;
import io.cairn.usecase.retrieval.Retriever;
import io.cairn.usecase.source.AddSourceService;
import io.cairn.usecase.source.DeleteSourceService;
import io.cairn.usecase.source.FindSourcesService;
import io.cairn.usecase.source.IngestSourceJobHandler;
import io.cairn.usecase.source.IngestSourceService;
import io.cairn.usecase.source.SyncSourceService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every use-case service wired to the in-memory fakes, the way a host wires them, plus helpers that act as users. */
public final class UseCaseFixture {

    public final MutableClock clock = new MutableClock();
    public final DirectTransactions tx = new DirectTransactions();
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    public final InMemoryWorkspaceRepository workspaces = new InMemoryWorkspaceRepository();
    public final InMemoryMembershipRepository memberships = new InMemoryMembershipRepository();
    public final InMemoryBotRepository bots = new InMemoryBotRepository();
    public final InMemorySourceRepository sources = new InMemorySourceRepository();
    public final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    public final InMemorySourceContentRepository contents = new InMemorySourceContentRepository();
    public final InMemoryConversationRepository conversations = new InMemoryConversationRepository();
    public final InMemoryMessageRepository messages = new InMemoryMessageRepository();
    public final InMemoryRetrievalIndex index = new InMemoryRetrievalIndex();
    public final InMemoryEmbeddingCacheRepository embeddingCache = new InMemoryEmbeddingCacheRepository();
    public final InMemorySyncReportRepository reports = new InMemorySyncReportRepository();
    public final RecordingJobQueue jobs = new RecordingJobQueue();
    /** Events the services published for webhooks, in order. */
    public final List<OutboundEvent> published = new CopyOnWriteArrayList<>();

    public final FakeDocumentParser parser = new FakeDocumentParser();
    public final FakePageFetcher fetcher = new FakePageFetcher();
    public final FakeLlm llm = new FakeLlm();
    public final RecordingEmbedding embedding;

    public final SignUpService signUp;
    public final LogInService logIn;
    public final CreateBotService createBot;
    public final FindBotsService findBots;
    public final UpdateBotService updateBot;
    public final DeleteBotService deleteBot;
    public final AddSourceService addSource;
    public final IngestSourceService ingest;
    public final IngestSourceJobHandler ingestJobs;
    public final FindSourcesService findSources;
    public final DeleteSourceService deleteSource;
    public final SyncSourceService syncSource;
    public final RetrieveService retrieve;
    public final AskQuestionService ask;
    public final ReindexService reindex;
    public final InMemoryInvitationRepository invitations = new InMemoryInvitationRepository();
    public final ManageMembersService members;
    public final InvitationService invite;

    private UseCaseFixture(int maxInputTokens, boolean withLlm) {
        embedding = new RecordingEmbedding(maxInputTokens);
        var hasher = new PlainPasswordHasher();
        signUp = new SignUpService(users, organizations, workspaces, memberships, hasher, tx, clock);
        logIn = new LogInService(users, memberships, organizations, workspaces, hasher);
        createBot = new CreateBotService(bots, workspaces, clock);
        findBots = new FindBotsService(bots);
        updateBot = new UpdateBotService(bots);
        deleteBot = new DeleteBotService(bots, sources, documents, contents, index, tx);
        addSource = new AddSourceService(bots, sources, contents, jobs, tx, clock);
        ingest = new IngestSourceService(
                sources,
                documents,
                contents,
                parser,
                fetcher,
                Optional.empty(),
                embedding,
                embeddingCache,
                index,
                reports,
                bots,
                published::add,
                ChunkingPolicy.defaults(),
                clock,
                PlanGate.OPEN);
        ingestJobs = new IngestSourceJobHandler(ingest);
        findSources = new FindSourcesService(bots, sources, documents, reports);
        deleteSource = new DeleteSourceService(bots, sources, documents, contents, index, reports, tx);
        syncSource = new SyncSourceService(bots, sources, jobs);
        reindex = new ReindexService(organizations, bots, sources, ingest);
        members = new ManageMembersService(memberships, users, tx);
        invite = new InvitationService(invitations, users, memberships, organizations, workspaces, hasher, tx, clock);
        var retriever = new Retriever(embedding, index, RankFusion.defaults());
        retrieve = new RetrieveService(bots, retriever);
        Optional<LlmPort> model = withLlm ? Optional.of(llm) : Optional.empty();
        ask = new AskQuestionService(
                bots, conversations, messages, retriever, new FakeExtractiveAnswer(), model, published::add, clock);
    }

    /** No language model configured: answers are extractive. */
    public static UseCaseFixture extractive() {
        return new UseCaseFixture(200, false);
    }

    /** A scriptable language model configured through {@link #llm}. */
    public static UseCaseFixture generative() {
        return new UseCaseFixture(200, true);
    }

    /** An embedding model that accepts at most {@code maxInputTokens} per input. */
    public static UseCaseFixture withEmbeddingLimit(int maxInputTokens) {
        return new UseCaseFixture(maxInputTokens, false);
    }

    /** Signs up a new user with a new organization and returns them acting as its owner. */
    public Actor newOwner(String email) {
        AccountView account = signUp.signUp(new SignUpCommand(email, "correct horse battery", "Org of " + email));
        return Actor.member(account.userId(), account.organization().id(), account.role());
    }

    public Actor viewerIn(Actor owner) {
        return Actor.member(UserId.random(), owner.organizationId(), Role.VIEWER);
    }

    public Bot newBot(Actor actor, String name) {
        return newBot(actor, name, BotSettings.defaults());
    }

    public Bot newBot(Actor actor, String name, BotSettings settings) {
        return createBot.create(actor, new CreateBotCommand(name, Optional.empty(), settings));
    }

    /** Adds a one-document text source and runs its queued ingestion. */
    public Source ingestText(Actor actor, Bot bot, String title, String text) {
        Source added = addSource.add(actor, AddSourceCommand.AddText.single(bot.id(), title, text));
        runJobs();
        return findSources.get(actor, bot.id(), added.id());
    }

    public void runJobs() {
        jobs.runAll(ingestJobs);
    }

    public static IndexScope scopeOf(Bot bot) {
        return new IndexScope(bot.organizationId(), bot.id());
    }
}
