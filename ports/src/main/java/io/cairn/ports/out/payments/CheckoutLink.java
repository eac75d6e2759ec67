package io.cairn.ports.out.payments;

import java.net.URI;
import java.util.Objects;

/** The provider's hosted checkout page for one purchase. */
public record CheckoutLink(URI url) {

    public CheckoutLink {
        Objects.requireNonNull(url);
    }
}
