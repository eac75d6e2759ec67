package io.cairn.ports.out.fetch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** A successfully fetched resource: where it ended up after redirects, its type and its body. */
public record FetchedPage(
        URI finalUri,
        int status,
        String contentType,
        byte[] body,
        Optional<String> etag,
        Optional<String> lastModified) {

    public FetchedPage {
        Objects.requireNonNull(finalUri);
        contentType = contentType == null ? "" : contentType;
        Objects.requireNonNull(body);
        Objects.requireNonNull(etag);
        Objects.requireNonNull(lastModified);
    }

    /** The status of a conditional GET whose page did not change since the validators were issued. */
    public static final int NOT_MODIFIED = 304;

    public boolean notModified() {
        return status == NOT_MODIFIED;
    }
}
