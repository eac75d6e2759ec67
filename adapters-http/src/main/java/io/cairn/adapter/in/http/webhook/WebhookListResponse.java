package io.cairn.adapter.in.http.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.webhook.WebhookEndpoint;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The organization's (or one workspace's) webhook endpoints, oldest first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WebhookListResponse(List<WebhookEndpointResponse> items) {

    static WebhookListResponse from(List<WebhookEndpoint> endpoints) {
        return new WebhookListResponse(
                endpoints.stream().map(WebhookEndpointResponse::from).toList());
    }
}
