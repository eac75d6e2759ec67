package io.cairn.host.server;

import java.util.Map;

/** Payment webhooks on the embedded default: H2. */
class PaymentWebhooksIT extends PaymentWebhooksContract {

    @Override
    Map<String, Object> serverProperties() {
        return Map.of();
    }
}
