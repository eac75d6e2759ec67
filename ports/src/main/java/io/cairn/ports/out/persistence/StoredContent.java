package io.cairn.ports.out.persistence;

import java.util.Objects;

/** The raw bytes a source was created with (an upload or a text bundle), kept so it can be re-ingested. */
public record StoredContent(byte[] bytes, String fileName, String mediaType) {

    public StoredContent {
        Objects.requireNonNull(bytes);
        fileName = fileName == null ? "" : fileName;
        mediaType = mediaType == null ? "" : mediaType;
    }
}
