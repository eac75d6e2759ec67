package io.cairn.domain.billing;

import io.cairn.domain.error.NotFoundException;
import java.util.Locale;

/** A payment provider whose subscriptions put organizations on paid plans. */
public enum PaymentProvider {
    POLAR,
    STRIPE;

    /** The lower-case name used in routes, configuration and stored rows, for example {@code polar}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The provider a route names; an unknown name is a missing resource, like any unknown id. */
    public static PaymentProvider parse(String name) {
        for (PaymentProvider provider : values()) {
            if (provider.wireName().equals(name)) {
                return provider;
            }
        }
        throw new NotFoundException("payment_provider", name);
    }
}
