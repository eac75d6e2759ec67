package io.cairn.domain.source;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Objects;

/**
 * One page or file of a source. {@code url} is the page address or the original file name; {@code contentHash}
 * fingerprints the extracted text so unchanged content is skipped on re-ingestion. {@code error} is the reason a
 * document failed or was skipped; {@code notice} flags a usable document that is not whole (its text was cut).
 * {@code page} holds what the next sync of a web page needs to skip it when unchanged.
 */
public record Document(
        DocumentId id,
        OrganizationId organizationId,
        BotId botId,
        SourceId sourceId,
        String title,
        String url,
        String contentHash,
        IngestStatus status,
        String error,
        int chunkCount,
        Instant updatedAt,
        PageState page,
        String notice) {

    public Document {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(botId);
        Objects.requireNonNull(sourceId);
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        contentHash = contentHash == null ? "" : contentHash;
        Objects.requireNonNull(status);
        Objects.requireNonNull(updatedAt);
        page = page == null ? PageState.NONE : page;
        notice = notice == null ? "" : notice;
    }

    /** A document that is not a crawled page: no page state, no notice. */
    public Document(
            DocumentId id,
            OrganizationId organizationId,
            BotId botId,
            SourceId sourceId,
            String title,
            String url,
            String contentHash,
            IngestStatus status,
            String error,
            int chunkCount,
            Instant updatedAt) {
        this(
                id,
                organizationId,
                botId,
                sourceId,
                title,
                url,
                contentHash,
                status,
                error,
                chunkCount,
                updatedAt,
                PageState.NONE,
                "");
    }

    public static Document processing(Source source, String title, String url, Instant now) {
        return new Document(
                DocumentId.random(),
                source.organizationId(),
                source.botId(),
                source.id(),
                title,
                url,
                "",
                IngestStatus.PROCESSING,
                null,
                0,
                now);
    }

    public Document ready(String newTitle, String hash, int chunks, Instant now) {
        return with(newTitle, hash, IngestStatus.READY, null, chunks, now, page, notice);
    }

    public Document failed(String reason, Instant now) {
        return with(title, contentHash, IngestStatus.FAILED, reason, 0, now, page, "");
    }

    public Document skipped(String reason, Instant now) {
        return with(title, "", IngestStatus.SKIPPED, reason, 0, now, page, "");
    }

    /** The same document, with what its latest fetch said about the page. */
    public Document withPage(PageState state) {
        return with(title, contentHash, status, error, chunkCount, updatedAt, state, notice);
    }

    public Document withNotice(String text) {
        return with(title, contentHash, status, error, chunkCount, updatedAt, page, text);
    }

    private Document with(
            String t, String hash, IngestStatus s, String err, int chunks, Instant at, PageState p, String note) {
        return new Document(id, organizationId, botId, sourceId, t, url, hash, s, err, chunks, at, p, note);
    }
}
