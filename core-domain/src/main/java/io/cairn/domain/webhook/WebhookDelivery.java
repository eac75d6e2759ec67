package io.cairn.domain.webhook;

import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One event on its way to one endpoint: the exact body every attempt sends, how many attempts were made, and how
 * the last one went. Attempts are counted truthfully, one per request sent (or tried and refused before sending).
 */
public record WebhookDelivery(
        WebhookDeliveryId id,
        OrganizationId organizationId,
        WebhookEndpointId endpointId,
        UUID eventId,
        String eventType,
        String payload,
        DeliveryStatus status,
        int attempts,
        Optional<String> lastError,
        Optional<Integer> lastStatusCode,
        Optional<Instant> nextAttemptAt,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_ERROR_LENGTH = 4096;

    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(endpointId, "endpointId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(status, "status");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
        lastError = lastError.map(WebhookDelivery::capped);
        Objects.requireNonNull(lastStatusCode, "lastStatusCode");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A delivery not yet attempted, due at once. */
    public static WebhookDelivery pending(
            OrganizationId organization,
            WebhookEndpointId endpoint,
            UUID eventId,
            String type,
            String payload,
            Instant now) {
        return new WebhookDelivery(
                WebhookDeliveryId.random(),
                organization,
                endpoint,
                eventId,
                type,
                payload,
                DeliveryStatus.PENDING,
                0,
                Optional.empty(),
                Optional.empty(),
                Optional.of(now),
                now,
                now);
    }

    /** The endpoint answered 2xx: done. */
    public WebhookDelivery succeeded(int statusCode, Instant at) {
        return new WebhookDelivery(
                id,
                organizationId,
                endpointId,
                eventId,
                eventType,
                payload,
                DeliveryStatus.SUCCEEDED,
                attempts + 1,
                Optional.empty(),
                Optional.of(statusCode),
                Optional.empty(),
                createdAt,
                at);
    }

    /** The attempt failed: pending again, due after the policy's backoff, or failed once the attempts are spent. */
    public WebhookDelivery failedAttempt(
            Optional<Integer> statusCode, String error, Instant at, DeliveryRetryPolicy policy) {
        int made = attempts + 1;
        boolean spent = made >= policy.maxAttempts();
        return new WebhookDelivery(
                id,
                organizationId,
                endpointId,
                eventId,
                eventType,
                payload,
                spent ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
                made,
                Optional.of(error),
                statusCode,
                spent ? Optional.empty() : Optional.of(at.plus(policy.delayAfter(made))),
                createdAt,
                at);
    }

    /** Asked to be sent again by its owner: pending and due now, keeping its id, body and attempt count. */
    public WebhookDelivery replayed(Instant at) {
        return new WebhookDelivery(
                id,
                organizationId,
                endpointId,
                eventId,
                eventType,
                payload,
                DeliveryStatus.PENDING,
                attempts,
                lastError,
                lastStatusCode,
                Optional.of(at),
                createdAt,
                at);
    }

    private static String capped(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
