package io.cairn.adapter.out.scraper;

import java.util.Objects;

/** Text and title as one extractor found them, before the adapter's final clean-up. */
record Extracted(String title, String text) {

    Extracted {
        title = title == null ? "" : title.strip();
        Objects.requireNonNull(text, "text");
    }
}
