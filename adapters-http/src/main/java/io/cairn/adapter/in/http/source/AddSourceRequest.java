package io.cairn.adapter.in.http.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.source.CrawlSettings;
import io.cairn.domain.source.SourceType;
import io.cairn.domain.source.SyncSchedule;
import io.cairn.ports.in.source.AddSourceCommand;
import io.cairn.ports.in.source.AddSourceCommand.QaPair;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Body of {@code POST /bots/{botId}/sources}: {@code {type:"text", title, text}}, {@code {type:"url", url}},
 * {@code {type:"website"|"sitemap", url, maxDepth, maxPages, include, exclude, schedule, dryRun}} or
 * {@code {type:"qa", title, pairs:[{question, answer}]}}.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddSourceRequest(
        String type,
        @Nullable String title,
        @Nullable String text,
        @Nullable String url,
        @Nullable Integer maxDepth,
        @Nullable Integer maxPages,
        @Nullable List<String> include,
        @Nullable List<String> exclude,
        @Nullable String schedule,
        @Nullable Boolean dryRun,
        @Nullable List<QaPairRequest> pairs) {

    /** One question and its answer. */
    @Serdeable
    public record QaPairRequest(@Nullable String question, @Nullable String answer) {}

    boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }

    AddSourceCommand toCommand(BotId bot) {
        if (type == null || type.isBlank()) {
            throw new ValidationException("type", "must not be blank");
        }
        SourceType kind = SourceType.parse(type);
        if (isDryRun() && kind != SourceType.WEBSITE && kind != SourceType.SITEMAP) {
            throw new ValidationException("dryRun", "is only for website and sitemap sources");
        }
        return switch (kind) {
            case TEXT -> AddSourceCommand.AddText.single(bot, title, text);
            case URL -> new AddSourceCommand.AddUrl(bot, url, true);
            case FILE -> throw new ValidationException("type", "upload files to /bots/{botId}/sources/files");
            case WEBSITE, SITEMAP ->
                new AddSourceCommand.AddCrawl(bot, kind, url, crawl(), SyncSchedule.parse(schedule), true);
            case QA -> new AddSourceCommand.AddQa(bot, title, qaPairs(), true);
        };
    }

    private CrawlSettings crawl() {
        return CrawlSettings.of(maxDepth, maxPages, include, exclude);
    }

    private List<QaPair> qaPairs() {
        if (pairs == null) {
            throw new ValidationException("pairs", "must hold at least one question and answer");
        }
        return pairs.stream()
                .map(p -> p == null ? new QaPair(null, null) : new QaPair(p.question(), p.answer()))
                .toList();
    }
}
