package io.cairn.adapter.in.http.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code cairn.uploads.max-bytes}: the largest file a source upload may carry (20 MiB unless configured). */
@ConfigurationProperties("cairn.uploads")
public record UploadLimits(@Bindable(defaultValue = "20971520") long maxBytes) {

    /** Room for the multipart boundaries and part headers around the file itself. */
    public static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;

    /** Any JSON body; a larger one is refused with 413 (SECURITY.md: "a 1 MB message gets 413"). */
    public static final long MAX_JSON_BYTES = 1024 * 1024;

    public UploadLimits {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("cairn.uploads.max-bytes must be positive");
        }
    }
}
