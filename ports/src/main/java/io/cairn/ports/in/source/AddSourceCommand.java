package io.cairn.ports.in.source;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Text;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.source.CrawlSettings;
import io.cairn.domain.source.SourceType;
import io.cairn.domain.source.SyncSchedule;
import java.util.List;
import java.util.Objects;

/**
 * A new source for a bot: raw text (one or many documents), one URL, an uploaded file, a website to crawl, a sitemap,
 * or question and answer pairs.
 */
public sealed interface AddSourceCommand {

    BotId botId();

    /** Whether ingestion runs as a background job (the API) or is left to the caller (the CLI, with progress). */
    boolean inBackground();

    /** One document of a text source; {@code reference} is shown in citations, for example a URL or an id. */
    record TextDocument(String reference, String title, String text) {
        public TextDocument {
            reference = reference == null ? "" : reference.strip();
            title = title == null ? "" : title.strip();
            if (Text.isBlank(text)) {
                throw new ValidationException("text", "must not be blank");
            }
        }
    }

    /** Text typed or pasted by the user, or imported in bulk. */
    record AddText(BotId botId, String title, List<TextDocument> documents, boolean inBackground)
            implements AddSourceCommand {
        public AddText {
            Objects.requireNonNull(botId);
            title = Text.required(title, "title", 300);
            if (documents == null || documents.isEmpty()) {
                throw new ValidationException("text", "must not be blank");
            }
            documents = List.copyOf(documents);
        }

        public static AddText single(BotId botId, String title, String text) {
            return new AddText(botId, title, List.of(new TextDocument("", title, text)), true);
        }
    }

    /** One web page. */
    record AddUrl(BotId botId, String url, boolean inBackground) implements AddSourceCommand {
        public AddUrl {
            Objects.requireNonNull(botId);
            url = Text.required(url, "url", 2048);
        }
    }

    /** An uploaded file; the name is metadata only and the type is detected from the bytes. */
    record AddFile(BotId botId, String fileName, String declaredType, byte[] bytes, boolean inBackground)
            implements AddSourceCommand {
        public AddFile {
            Objects.requireNonNull(botId);
            fileName = FileNames.displayName(fileName);
            Objects.requireNonNull(bytes);
            if (bytes.length == 0) {
                throw new ValidationException("file", "must not be empty");
            }
        }
    }

    /**
     * A website crawled from a start URL on the same host, or the pages a sitemap (or sitemap index) lists: within
     * bounds, and synced again on a schedule.
     */
    record AddCrawl(
            BotId botId, SourceType kind, String url, CrawlSettings crawl, SyncSchedule schedule, boolean inBackground)
            implements AddSourceCommand {
        public AddCrawl {
            Objects.requireNonNull(botId);
            if (kind != SourceType.WEBSITE && kind != SourceType.SITEMAP) {
                throw new IllegalArgumentException("a crawl is of a website or a sitemap, not " + kind);
            }
            url = Text.required(url, "url", 2048);
            crawl = crawl == null ? CrawlSettings.defaults() : crawl;
            schedule = schedule == null ? SyncSchedule.OFF : schedule;
        }
    }

    /** One question and its answer. */
    record QaPair(String question, String answer) {
        public QaPair {
            question = Text.required(question, "question", 2_000);
            answer = Text.required(answer, "answer", 20_000);
        }
    }

    /** Question and answer pairs: a question asked again finds its answer first. */
    record AddQa(BotId botId, String title, List<QaPair> pairs, boolean inBackground) implements AddSourceCommand {
        public AddQa {
            Objects.requireNonNull(botId);
            title = Text.orDefault(title, "Q&A");
            if (pairs == null || pairs.isEmpty()) {
                throw new ValidationException("pairs", "must hold at least one question and answer");
            }
            if (pairs.size() > 5_000) {
                throw new ValidationException("pairs", "must hold at most 5000 pairs");
            }
            pairs = List.copyOf(pairs);
        }
    }
}
