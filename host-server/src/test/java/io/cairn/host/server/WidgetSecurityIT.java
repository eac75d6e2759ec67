package io.cairn.host.server;

import java.util.Map;

/** The widget's security on the embedded default: H2, and rate-limit buckets in the server's memory. */
class WidgetSecurityIT extends WidgetSecurityContract {

    @Override
    Map<String, Object> serverProperties() {
        return Map.of();
    }
}
