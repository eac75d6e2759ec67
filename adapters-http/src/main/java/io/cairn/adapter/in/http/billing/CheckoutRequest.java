package io.cairn.adapter.in.http.billing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/v1/billing/checkout}: the plan an owner wants to buy, for example {@code pro}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckoutRequest(String plan) {}
