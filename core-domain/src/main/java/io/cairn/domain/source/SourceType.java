package io.cairn.domain.source;

import io.cairn.domain.error.ValidationException;
import java.util.Locale;

/** Where a source's documents come from. */
public enum SourceType {
    TEXT,
    FILE,
    URL,
    WEBSITE,
    SITEMAP,
    QA;

    public static SourceType parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new ValidationException("type", "must be one of text, file, url, website, sitemap, qa");
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
