package io.cairn.ports.out.fetch;

import java.util.Objects;

/** What an endpoint answered a webhook: its status and the start of its body (capped, for the delivery log). */
public record WebhookResponse(int status, String bodyExcerpt) {

    public WebhookResponse {
        Objects.requireNonNull(bodyExcerpt);
    }

    public boolean received() {
        return status >= 200 && status < 300;
    }
}
