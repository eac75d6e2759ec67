package io.cairn.domain.billing;

import java.util.Locale;

/**
 * A subscription's state as Cairn acts on it: {@code ACTIVE} grants its plan, {@code CANCELED} returns the
 * organization to the free plan, {@code PENDING} (awaiting payment, past due) changes nothing yet.
 */
public enum SubscriptionStatus {
    ACTIVE,
    CANCELED,
    PENDING;

    /** Reads a provider's status word (Polar and Stripe share most of them); an unknown word changes nothing. */
    public static SubscriptionStatus fromProvider(String status) {
        return switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
            case "active", "trialing" -> ACTIVE;
            case "canceled", "cancelled", "revoked", "ended", "incomplete_expired", "unpaid" -> CANCELED;
            default -> PENDING;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
