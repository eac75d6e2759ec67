package io.cairn.adapter.in.http.source;

import io.cairn.adapter.in.http.security.KeyScope;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.source.AddSourceCommand;
import io.cairn.ports.in.source.AddSourceUseCase;
import io.cairn.ports.in.source.DeleteSourceUseCase;
import io.cairn.ports.in.source.FindSourcesUseCase;
import io.cairn.ports.in.source.PreviewCrawlUseCase;
import io.cairn.ports.in.source.SyncSourceUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;

/**
 * Driving adapter: give a bot text, a URL, a website, a sitemap or Q&A pairs; dry-run a crawl; follow ingestion of
 * its sources, documents and run reports; re-sync; remove.
 */
@Controller("/api/v1/bots/{botId}/sources")
@KeyScope(ApiKeyScope.SOURCES_WRITE)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SourceController {

    private final AddSourceUseCase addSource;
    private final FindSourcesUseCase findSources;
    private final SyncSourceUseCase syncSource;
    private final DeleteSourceUseCase deleteSource;
    private final PreviewCrawlUseCase previewCrawl;

    public SourceController(
            AddSourceUseCase addSource,
            FindSourcesUseCase findSources,
            SyncSourceUseCase syncSource,
            DeleteSourceUseCase deleteSource,
            PreviewCrawlUseCase previewCrawl) {
        this.previewCrawl = previewCrawl;
        this.addSource = addSource;
        this.findSources = findSources;
        this.syncSource = syncSource;
        this.deleteSource = deleteSource;
    }

    /** Adds a source (202, ingested in the background), or with {@code dryRun:true} answers the crawl's plan (200). */
    @Post
    public HttpResponse<?> add(Actor actor, String botId, @Body AddSourceRequest body) {
        AddSourceCommand command = body.toCommand(BotId.parse(botId));
        if (body.isDryRun()) {
            return HttpResponse.ok(
                    CrawlPlanResponse.from(previewCrawl.preview(actor, (AddSourceCommand.AddCrawl) command)));
        }
        return HttpResponse.accepted().body(SourceResponse.from(addSource.add(actor, command)));
    }

    @Get
    public SourcePageResponse list(
            Actor actor,
            String botId,
            @QueryValue(defaultValue = "20") int limit,
            @Nullable @QueryValue String cursor) {
        return SourcePageResponse.from(findSources.list(actor, BotId.parse(botId), page(limit, cursor)));
    }

    @Get("/{sourceId}")
    public SourceResponse get(Actor actor, String botId, String sourceId) {
        return SourceResponse.from(findSources.get(actor, BotId.parse(botId), SourceId.parse(sourceId)));
    }

    @Get("/{sourceId}/documents")
    public DocumentPageResponse documents(
            Actor actor,
            String botId,
            String sourceId,
            @QueryValue(defaultValue = "20") int limit,
            @Nullable @QueryValue String cursor) {
        return DocumentPageResponse.from(
                findSources.documents(actor, BotId.parse(botId), SourceId.parse(sourceId), page(limit, cursor)));
    }

    @Get("/{sourceId}/syncs")
    public SyncReportListResponse syncs(
            Actor actor, String botId, String sourceId, @QueryValue(defaultValue = "20") int limit) {
        return new SyncReportListResponse(
                findSources.syncReports(actor, BotId.parse(botId), SourceId.parse(sourceId), limit).stream()
                        .map(SyncReportResponse::from)
                        .toList());
    }

    @Post("/{sourceId}/sync")
    @Status(HttpStatus.ACCEPTED)
    public SourceResponse sync(Actor actor, String botId, String sourceId) {
        return SourceResponse.from(syncSource.sync(actor, BotId.parse(botId), SourceId.parse(sourceId)));
    }

    @Delete("/{sourceId}")
    @Status(HttpStatus.NO_CONTENT)
    public void delete(Actor actor, String botId, String sourceId) {
        deleteSource.delete(actor, BotId.parse(botId), SourceId.parse(sourceId));
    }

    private static PageRequest page(int limit, String cursor) {
        return new PageRequest(limit, Optional.ofNullable(cursor));
    }
}
