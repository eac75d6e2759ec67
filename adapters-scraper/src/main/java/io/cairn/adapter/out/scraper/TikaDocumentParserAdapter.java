package io.cairn.adapter.out.scraper;

import io.cairn.ports.out.parsing.DocumentContent;
import io.cairn.ports.out.parsing.DocumentParseException;
import io.cairn.ports.out.parsing.DocumentParseException.Reason;
import io.cairn.ports.out.parsing.DocumentParserPort;
import io.cairn.ports.out.parsing.ParsedDocument;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;

/**
 * Driven adapter for {@link DocumentParserPort} on Apache Tika and jsoup: detects the type from the bytes, extracts
 * PDF, DOCX, HTML, Markdown and plain text within byte, character and time limits.
 */
public final class TikaDocumentParserAdapter implements DocumentParserPort, AutoCloseable {

    private static final AtomicInteger WORKER_IDS = new AtomicInteger();

    private final ParserSettings settings;
    private final AutoDetectParser tika;
    private final TikaTextExtractor tikaText;
    private final ExecutorService workers;

    public TikaDocumentParserAdapter(ParserSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tika = new AutoDetectParser(TikaConfig.getDefaultConfig());
        this.tikaText = new TikaTextExtractor(tika);
        // Daemon threads: a parse that ignores interruption is abandoned and must not keep the JVM alive.
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "cairn-parser-" + WORKER_IDS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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
        Future<ParsedDocument> job = workers.submit(() -> parseNow(content));
        try {
            return job.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new DocumentParseException(Reason.TIMEOUT, "parsing took longer than " + limit(), e);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentParseException(Reason.TIMEOUT, "parsing was interrupted", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
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
            throw new DocumentParseException(
                    Reason.CORRUPT, "the file is damaged or is not a valid " + kind.label() + " file", e);
        }
        String text = TextNormaliser.capped(extracted.text(), settings.maxChars());
        if (text.isBlank()) {
            throw empty();
        }
        return new ParsedDocument(extracted.title(), text, kind.mediaType(detected));
    }

    private Extracted extract(DocumentKind kind, DocumentContent content, Metadata metadata) throws Exception {
        return switch (kind) {
            case PDF, DOCX -> tikaText.extract(content.bytes(), metadata, content.fileName(), settings.maxChars());
            case HTML -> HtmlTextExtractor.extract(content.bytes(), content.fileName());
            case MARKDOWN, TEXT -> PlainTextExtractor.extract(content.bytes(), kind, content.fileName());
        };
    }

    private static DocumentParseException failure(Throwable cause) {
        if (cause instanceof DocumentParseException known) {
            return known;
        }
        if (cause instanceof Exception || cause instanceof StackOverflowError) {
            return new DocumentParseException(Reason.CORRUPT, "the file is damaged or unreadable", cause);
        }
        throw (Error) cause;
    }

    private String limit() {
        long millis = settings.timeout().toMillis();
        return millis < 1000 ? millis + " ms" : settings.timeout().toSeconds() + " s";
    }

    private static DocumentParseException empty() {
        return new DocumentParseException(Reason.EMPTY, "no readable text in the file");
    }
}
