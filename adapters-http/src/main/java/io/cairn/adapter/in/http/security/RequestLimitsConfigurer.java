package io.cairn.adapter.in.http.security;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;

/**
 * Derives the server's body limits from {@code cairn.uploads.max-bytes}, so they cannot drift apart:
 * {@code micronaut.server.multipart.max-file-size} is the upload limit and {@code micronaut.server.max-request-size}
 * the upload limit plus multipart overhead. Netty refuses a larger declared body with 413 before reading it.
 */
@Singleton
public class RequestLimitsConfigurer implements BeanCreatedEventListener<HttpServerConfiguration> {

    private final UploadLimits limits;

    public RequestLimitsConfigurer(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    public HttpServerConfiguration onCreated(BeanCreatedEvent<HttpServerConfiguration> event) {
        HttpServerConfiguration config = event.getBean();
        long maxRequest =
                Math.max(limits.maxBytes() + UploadLimits.MULTIPART_OVERHEAD_BYTES, UploadLimits.MAX_JSON_BYTES);
        config.setMaxRequestSize(maxRequest);
        config.getMultipart().setMaxFileSize(limits.maxBytes());
        return config;
    }
}
