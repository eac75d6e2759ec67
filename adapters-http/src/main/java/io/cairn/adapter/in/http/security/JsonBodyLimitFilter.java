package io.cairn.adapter.in.http.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.ContentLengthExceededException;

/**
 * Refuses any non-multipart body declared larger than 1 MB with 413, before it is read. Only uploads may use the
 * larger server-wide limit; a chunked body without a length is still capped by that limit.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class JsonBodyLimitFilter {

    @RequestFilter
    public void limitBody(HttpRequest<?> request) {
        long length = request.getContentLength();
        boolean multipart = request.getContentType()
                .map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
        if (length > UploadLimits.MAX_JSON_BYTES && !multipart) {
            throw new ContentLengthExceededException(UploadLimits.MAX_JSON_BYTES, length);
        }
    }
}
