package io.cairn.usecase.source;

import io.cairn.domain.source.Document;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceType;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.source.AddSourceCommand.AddCrawl;
import io.cairn.ports.in.source.CrawlPlan;
import io.cairn.ports.in.source.CrawlPlan.PlannedUrl;
import io.cairn.ports.in.source.IngestMode;
import io.cairn.ports.in.source.PreviewCrawlUseCase;
import io.cairn.ports.out.crawl.Sitemap;
import io.cairn.ports.out.fetch.PageFetcherPort;
import io.cairn.ports.out.parsing.DocumentParserPort;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.bot.TenantBots;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dry-runs a website or sitemap source. A sitemap's pages are listed from the sitemaps alone; a website's pages are
 * fetched only to find their links. Nothing is parsed, embedded or stored.
 */
public final class PreviewCrawlService implements PreviewCrawlUseCase {

    private final TenantBots bots;
    private final SourceUrls urls;
    private final SourceReader reader;
    private final ClockPort clock;

    public PreviewCrawlService(
            BotRepository bots,
            SourceContentRepository contents,
            DocumentParserPort parser,
            PageFetcherPort fetcher,
            CrawlPorts crawl,
            ClockPort clock) {
        this.bots = new TenantBots(bots);
        this.urls = new SourceUrls(fetcher);
        this.reader = new SourceReader(contents, parser, fetcher, Optional.of(crawl));
        this.clock = clock;
    }

    @Override
    public CrawlPlan preview(Actor actor, AddCrawl command) {
        actor.requireEditor();
        var bot = bots.require(actor.organizationId(), command.botId());
        String url = urls.vetted(command.url());
        SourceType type = command.kind();
        Source draft = Source.pending(bot.organizationId(), bot.id(), type, url, url, clock.now())
                .crawledBy(command.crawl(), command.schedule());
        return type == SourceType.SITEMAP ? sitemapPlan(draft) : sitePlan(draft);
    }

    private CrawlPlan sitemapPlan(Source draft) {
        SitemapCrawl crawl = new SitemapCrawl(
                SourceReader.startOf(draft),
                draft.crawl(),
                reader.retriever(IngestMode.REBUILD),
                reader.crawlPorts().sitemaps(),
                IngestMode.REBUILD);
        List<PlannedUrl> urls = new ArrayList<>();
        for (Sitemap.Entry entry : crawl.entries().values()) {
            boolean allowed = crawl.rules().allows(entry.url());
            urls.add(new PlannedUrl(entry.url().toString(), 0, allowed, allowed ? "" : SkipReasons.ROBOTS));
        }
        return new CrawlPlan(urls, crawl.complete());
    }

    private CrawlPlan sitePlan(Source draft) {
        Iterator<SourceDocument> crawl = reader.read(draft, Map.<String, Document>of(), IngestMode.REBUILD);
        List<PlannedUrl> urls = new ArrayList<>();
        while (crawl.hasNext()) {
            SourceDocument item = crawl.next();
            Retrieval r = item.retrieval();
            int depth = r instanceof Retrieval.Fresh f ? f.page().depth() : 0;
            String reason = r instanceof Retrieval.Skipped s
                    ? s.reason()
                    : r instanceof Retrieval.Failed f ? FailureReasons.of(f.error()) : "";
            urls.add(new PlannedUrl(item.reference(), depth, reason.isEmpty(), reason));
        }
        return new CrawlPlan(urls, urls.size() < draft.crawl().maxPages());
    }
}
