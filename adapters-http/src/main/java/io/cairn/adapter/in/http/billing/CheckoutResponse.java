package io.cairn.adapter.in.http.billing;

import io.micronaut.serde.annotation.Serdeable;

/** The provider's checkout page to send the owner to. */
@Serdeable
public record CheckoutResponse(String url) {}
