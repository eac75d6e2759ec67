package io.cairn.adapter.out.scraper;

import java.util.Objects;

/**
 * Text and title as one extractor found them, before the adapter's final clean-up; {@code cut} says the extractor
 * stopped at the character limit.
 */
record Extracted(String title, String text, boolean cut) {

    Extracted {
        title = title == null ? "" : title.strip();
        Objects.requireNonNull(text, "text");
    }

    Extracted(String title, String text) {
        this(title, text, false);
    }
}
