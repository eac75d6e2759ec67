package io.cairn.ports.out.payments;

import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.tenant.OrganizationId;
import java.net.URI;

/** Driven port: one payment provider, which sells plans through checkout links and reports back by webhook. */
public interface PaymentPort {

    PaymentProvider provider();

    /**
     * A hosted checkout page where the organization subscribes to {@code plan}; the provider sends the buyer to
     * {@code successUrl} afterwards. A plan the provider sells no product for is a
     * {@link io.cairn.domain.error.ValidationException}; a provider that fails is a
     * {@link PaymentProviderException}.
     */
    CheckoutLink checkout(OrganizationId organization, String plan, URI successUrl);

    /**
     * Checks a webhook's signature and age and reads it. A bad or missing signature is a
     * {@link io.cairn.domain.error.UnauthorizedException} {@code webhook_signature_invalid}, a timestamp beyond the
     * tolerance one with {@code webhook_timestamp_stale}, and a body that cannot be read a
     * {@link io.cairn.domain.error.ValidationException}.
     */
    PaymentEvent verify(WebhookRequest request);
}
