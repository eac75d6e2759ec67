package io.cairn.domain.webhook;

import java.util.Locale;

/** Where a delivery stands: still being attempted, received by the endpoint, or given up on. */
public enum DeliveryStatus {
    PENDING,
    SUCCEEDED,
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
