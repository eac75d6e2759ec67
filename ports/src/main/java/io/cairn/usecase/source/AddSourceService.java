package io.cairn.usecase.source;

import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceType;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.source.AddSourceCommand;
import io.cairn.ports.in.source.AddSourceCommand.AddCrawl;
import io.cairn.ports.in.source.AddSourceCommand.AddFile;
import io.cairn.ports.in.source.AddSourceCommand.AddQa;
import io.cairn.ports.in.source.AddSourceCommand.AddText;
import io.cairn.ports.in.source.AddSourceCommand.AddUrl;
import io.cairn.ports.in.source.AddSourceCommand.QaPair;
import io.cairn.ports.in.source.AddSourceCommand.TextDocument;
import io.cairn.ports.in.source.AddSourceUseCase;
import io.cairn.ports.out.fetch.PageFetcherPort;
import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobQueuePort;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.persistence.StoredContent;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.billing.PlanGate;
import io.cairn.usecase.bot.TenantBots;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a new source and its raw content as pending, then queues its ingestion. A URL the fetcher would refuse
 * (a private address, a bad scheme or port) is refused here already, with the reason.
 */
public final class AddSourceService implements AddSourceUseCase {

    private final TenantBots bots;
    private final SourceRepository sources;
    private final SourceContentRepository contents;
    private final JobQueuePort jobs;
    private final TransactionPort tx;
    private final ClockPort clock;
    private final SourceUrls urls;
    private final PlanGate plans;

    public AddSourceService(
            BotRepository bots,
            SourceRepository sources,
            SourceContentRepository contents,
            JobQueuePort jobs,
            TransactionPort tx,
            ClockPort clock) {
        this(bots, sources, contents, jobs, tx, clock, uri -> {
            throw new UnsupportedOperationException("no fetcher configured");
        });
    }

    public AddSourceService(
            BotRepository bots,
            SourceRepository sources,
            SourceContentRepository contents,
            JobQueuePort jobs,
            TransactionPort tx,
            ClockPort clock,
            PageFetcherPort fetcher) {
        this(bots, sources, contents, jobs, tx, clock, fetcher, PlanGate.OPEN);
    }

    /** Refuses a source whose pages or bytes the organization's plan has no room for, before storing any of it. */
    public AddSourceService(
            BotRepository bots,
            SourceRepository sources,
            SourceContentRepository contents,
            JobQueuePort jobs,
            TransactionPort tx,
            ClockPort clock,
            PageFetcherPort fetcher,
            PlanGate plans) {
        this.plans = plans;
        this.urls = new SourceUrls(fetcher);
        this.bots = new TenantBots(bots);
        this.sources = sources;
        this.contents = contents;
        this.jobs = jobs;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Source add(Actor actor, AddSourceCommand command) {
        actor.requireEditor();
        Bot bot = bots.require(actor.organizationId(), command.botId());
        Source source = tx.inTransaction(() -> store(bot, command));
        if (command.inBackground()) {
            jobs.enqueue(new Job(
                    Job.INGEST_SOURCE, source.organizationId(), source.id().toString()));
        }
        return source;
    }

    private Source store(Bot bot, AddSourceCommand command) {
        plans.admit(bot.organizationId(), UsageMetric.PAGES, pagesOf(command));
        if (command instanceof AddFile f) {
            plans.admit(bot.organizationId(), UsageMetric.STORAGE, f.bytes().length);
        }
        if (command instanceof AddText t) {
            var content = new StoredContent(TextBundle.encode(t.documents()), "", TextBundle.MEDIA_TYPE);
            return store(bot, SourceType.TEXT, t.title(), "", content);
        }
        if (command instanceof AddUrl u) {
            return store(bot, SourceType.URL, u.url(), urls.vetted(u.url()), null);
        }
        if (command instanceof AddCrawl c) {
            String url = urls.vetted(c.url());
            Source source = Source.pending(bot.organizationId(), bot.id(), c.kind(), url, url, clock.now())
                    .crawledBy(c.crawl(), c.schedule());
            sources.save(source);
            return source;
        }
        if (command instanceof AddQa q) {
            var content = new StoredContent(TextBundle.encode(qaDocuments(q.pairs())), "", TextBundle.MEDIA_TYPE);
            return store(bot, SourceType.QA, q.title(), "", content);
        }
        AddFile f = (AddFile) command;
        var content = new StoredContent(f.bytes(), f.fileName(), f.declaredType());
        return store(bot, SourceType.FILE, f.fileName(), f.fileName(), content);
    }

    private Source store(Bot bot, SourceType type, String title, String location, StoredContent content) {
        Source source = Source.pending(bot.organizationId(), bot.id(), type, title, location, clock.now());
        sources.save(source);
        if (content != null) {
            contents.put(bot.organizationId(), source.id(), content);
        }
        return source;
    }

    /** The pages a source adds at once: one per text or Q&A document, one for a file or URL, at least one for a crawl. */
    private static long pagesOf(AddSourceCommand command) {
        if (command instanceof AddText t) {
            return t.documents().size();
        }
        if (command instanceof AddQa q) {
            return q.pairs().size();
        }
        return 1;
    }

    /** Each pair is a document titled by its question, so the question weighs in both keyword and vector search. */
    private static List<TextDocument> qaDocuments(List<QaPair> pairs) {
        List<TextDocument> docs = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            QaPair p = pairs.get(i);
            docs.add(new TextDocument("Q&A #" + (i + 1), p.question(), "Q: " + p.question() + "\nA: " + p.answer()));
        }
        return docs;
    }
}
