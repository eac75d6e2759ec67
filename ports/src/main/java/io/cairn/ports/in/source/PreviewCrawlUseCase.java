package io.cairn.ports.in.source;

import io.cairn.domain.tenant.Actor;

/**
 * Use case: a dry run of a website or sitemap source. It lists the URLs the crawl would take, after the globs and
 * robots.txt, and stores, parses and embeds nothing.
 */
public interface PreviewCrawlUseCase {

    CrawlPlan preview(Actor actor, AddSourceCommand.AddCrawl command);
}
