package io.cairn.adapter.out.scraper;

import io.cairn.ports.out.parsing.DocumentContent;
import io.cairn.ports.out.parsing.DocumentParseException;
import io.cairn.ports.out.parsing.DocumentParseException.Reason;
import io.cairn.ports.out.parsing.DocumentParserPort;
import io.cairn.ports.out.parsing.ParsedDocument;
import java.util.Objects;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;

/**
 * Driven adapter for {@link DocumentParserPort} on Apache Tika and jsoup: detects the type from the bytes, extracts
 * PDF, DOCX, HTML, Markdown and plain text within byte, character, expansion and time limits.
 */
public final class TikaDocumentParserAdapter implements DocumentParserPort, AutoCloseable {

    private final ParserSettings settings;
    private final AutoDetectParser tika;
    private final TikaTextExtractor tikaText;
    private final ParserWatchdog watchdog;

    public TikaDocumentParserAdapter(ParserSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tika = TikaLimits.guardedParser();
        this.tikaText = new TikaTextExtractor(tika);
        this.watchdog = new ParserWatchdog(settings.timeout(), settings.maxStuckThreads());
    }

    @Override
    public ParsedDocument parse(DocumentContent content) {
        Objects.requireNonNull(content, "content");
        if (content.bytes().length > settings.maxBytes()) {
            throw new DocumentParseException(
                    Reason.TOO_LARGE, "the file is larger than " + settings.maxBytes() + " bytes");
        }
        if (content.bytes().length == 0) {
            throw empty();
        }
        try {
            return watchdog.run(() -> parseNow(content));
        } catch (DocumentParseException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new DocumentParseException(Reason.CORRUPT, "the file is damaged or unreadable", e);
        } catch (OutOfMemoryError e) {
            // Only the parser thread's objects were lost with it; the server's own memory is intact.
            throw new DocumentParseException(Reason.TOO_LARGE, "the file needs more memory to parse than allowed", e);
        }
    }

    /** Parser threads that ignored their timeout and still run; exposed for health checks and tests. */
    public int stuckThreads() {
        return watchdog.stuckThreads();
    }

    /** Whether so many parser threads are stuck that new documents are refused until the process restarts. */
    public boolean saturated() {
        return watchdog.saturated();
    }

    @Override
    public void close() {
        watchdog.close();
    }

    private ParsedDocument parseNow(DocumentContent content) throws Exception {
        Metadata metadata = new Metadata();
        if (!content.fileName().isBlank()) {
            // Only the last path segment: the name is a hint for the type, never a path.
            String name = content.fileName();
            metadata.set(
                    TikaCoreProperties.RESOURCE_NAME_KEY,
                    name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1));
        }
        if (!content.declaredType().isBlank()) {
            metadata.set(Metadata.CONTENT_TYPE, content.declaredType());
        }
        MediaType detected;
        try (TikaInputStream in = TikaInputStream.get(content.bytes())) {
            detected = tika.getDetector().detect(in, metadata);
        }
        DocumentKind kind = DocumentKind.of(detected, content.fileName())
                .orElseThrow(() -> new DocumentParseException(
                        Reason.UNSUPPORTED_TYPE,
                        "unsupported type " + detected.getBaseType() + " (PDF, DOCX, HTML, Markdown or text only)"));
        Extracted extracted;
        try {
            extracted = extract(kind, content, metadata);
        } catch (DocumentParseException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // The parser's own message stays in the cause, for logs; users get a plain reason.
            if (TikaLimits.isBomb(e)) {
                throw new DocumentParseException(
                        Reason.ZIP_BOMB, "the " + kind.label() + " file expands far beyond its size", e);
            }
            throw new DocumentParseException(
                    Reason.CORRUPT, "the file is damaged or is not a valid " + kind.label() + " file", e);
        }
        String text = TextNormaliser.capped(extracted.text(), settings.maxChars());
        if (text.isBlank()) {
            throw empty();
        }
        boolean truncated = extracted.cut() || text.length() < extracted.text().length();
        return new ParsedDocument(extracted.title(), text, kind.mediaType(detected), truncated);
    }

    private Extracted extract(DocumentKind kind, DocumentContent content, Metadata metadata) throws Exception {
        return switch (kind) {
            case PDF, DOCX -> tikaText.extract(content.bytes(), metadata, content.fileName(), settings.maxChars());
            case HTML -> HtmlTextExtractor.extract(content.bytes(), content.fileName());
            case MARKDOWN, TEXT -> PlainTextExtractor.extract(content.bytes(), kind, content.fileName());
        };
    }

    private static DocumentParseException empty() {
        return new DocumentParseException(Reason.EMPTY, "no readable text in the file");
    }
}
