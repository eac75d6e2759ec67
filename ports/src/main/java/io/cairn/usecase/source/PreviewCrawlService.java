package io.cairn.usecase.source;

import io.cairn.domain.source.CrawlSettings;
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
import io.cairn.usecase.bot.TenantBots;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Dry-runs a website or sitemap source. A sitemap's pages are listed from the sitemaps alone; a website's pages are
 * fetched only to find their links. Nothing is parsed, embedded or stored.
 */
public final class PreviewCrawlService implements PreviewCrawlUseCase {

    private final TenantBots bots;
    private final SourceUrls urls;
    private final PageRetriever retriever;
    private final CrawlPorts crawl;

    public PreviewCrawlService(
            BotRepository bots, DocumentParserPort parser, PageFetcherPort fetcher, CrawlPorts crawl) {
        this.bots = new TenantBots(bots);
        this.urls = new SourceUrls(fetcher);
        this.retriever = new PageRetriever(fetcher, parser, crawl, IngestMode.REBUILD);
        this.crawl = crawl;
    }

    @Override
    public CrawlPlan preview(Actor actor, AddCrawl command) {
        actor.requireEditor();
        bots.require(actor.organizationId(), command.botId());
        URI start = SourceReader.startOf(urls.vetted(command.url()));
        return command.kind() == SourceType.SITEMAP
                ? sitemapPlan(start, command.crawl())
                : sitePlan(start, command.crawl());
    }

    private CrawlPlan sitemapPlan(URI sitemapUrl, CrawlSettings bounds) {
        SitemapCrawl sitemap = new SitemapCrawl(sitemapUrl, bounds, retriever, crawl.sitemaps(), IngestMode.REBUILD);
        List<PlannedUrl> planned = new ArrayList<>();
        for (Sitemap.Entry entry : sitemap.entries().values()) {
            boolean allowed = sitemap.rules().allows(entry.url());
            planned.add(new PlannedUrl(entry.url().toString(), 0, allowed, allowed ? "" : SkipReasons.ROBOTS));
        }
        return new CrawlPlan(planned, sitemap.complete());
    }

    private CrawlPlan sitePlan(URI start, CrawlSettings bounds) {
        SiteCrawl site = new SiteCrawl(start, bounds, Map.of(), retriever, crawl.links());
        List<PlannedUrl> planned = new ArrayList<>();
        while (site.hasNext()) {
            SourceDocument item = site.next();
            Retrieval r = item.retrieval();
            int depth = r instanceof Retrieval.Fresh f ? f.page().depth() : 0;
            String reason = r instanceof Retrieval.Skipped s
                    ? s.reason()
                    : r instanceof Retrieval.Failed f ? FailureReasons.of(f.error()) : "";
            planned.add(new PlannedUrl(item.reference(), depth, reason.isEmpty(), reason));
        }
        return new CrawlPlan(planned, planned.size() < bounds.maxPages());
    }
}
