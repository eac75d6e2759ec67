package io.cairn.adapter.out.scraper;

import java.util.Locale;
import java.util.Optional;
import org.apache.tika.mime.MediaType;

/** The document types the parser accepts, decided from the type Tika detected in the bytes. */
enum DocumentKind {
    PDF("PDF", "application/pdf"),
    DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    HTML("HTML", "text/html"),
    MARKDOWN("Markdown", "text/markdown"),
    TEXT("text", "text/plain");

    private final String label;
    private final String mediaType;

    DocumentKind(String label, String mediaType) {
        this.label = label;
        this.mediaType = mediaType;
    }

    /** How users call the type, for messages. */
    String label() {
        return label;
    }

    /** The media type reported to callers: the detected one for HTML and XHTML, the canonical one otherwise. */
    String mediaType(MediaType detected) {
        return this == HTML ? detected.getBaseType().toString() : mediaType;
    }

    /** @param fileName only decides between Markdown and plain text once the bytes are known to be text */
    static Optional<DocumentKind> of(MediaType detected, String fileName) {
        String type = detected.getBaseType().toString();
        return switch (type) {
            case "application/pdf" -> Optional.of(PDF);
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> Optional.of(DOCX);
            case "text/html", "application/xhtml+xml" -> Optional.of(HTML);
            case "text/markdown", "text/x-web-markdown" -> Optional.of(MARKDOWN);
            case "text/plain" -> Optional.of(isMarkdownName(fileName) ? MARKDOWN : TEXT);
            default -> Optional.empty();
        };
    }

    private static boolean isMarkdownName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }
}
