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
}
