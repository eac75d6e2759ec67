package io.cairn.adapter.in.http.billing;

import io.micronaut.serde.annotation.Serdeable;

/** What a webhook did: applied, duplicate, outdated, ignored or unmatched; all of them 200 for the provider. */
@Serdeable
public record WebhookResponse(String outcome) {}
