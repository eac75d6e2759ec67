package io.cairn.adapter.out.payments.polar;

import io.cairn.adapter.out.payments.JsonBodies;
import io.cairn.adapter.out.payments.ProviderApi;
import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.payments.CheckoutLink;
import io.cairn.ports.out.payments.PaymentEvent;
import io.cairn.ports.out.payments.PaymentPort;
import io.cairn.ports.out.payments.WebhookRequest;
import io.cairn.ports.out.time.ClockPort;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Driven adapter: Polar.sh. Checkouts through its REST API ({@code POST /v1/checkouts/}), carrying the
 * organization's id as metadata and external customer id; webhooks verified as Standard Webhooks.
 */
public final class PolarPaymentAdapter implements PaymentPort {

    private final PolarSettings settings;
    private final StandardWebhooksVerifier verifier;
    private final PolarEvents events;
    private final ProviderApi api;
    private final ClockPort clock;

    public PolarPaymentAdapter(PolarSettings settings, ClockPort clock) {
        this.settings = settings;
        this.verifier = new StandardWebhooksVerifier(settings.webhookSecret());
        this.events = new PolarEvents(settings.products());
        this.api = new ProviderApi("Polar", settings.accessToken());
        this.clock = clock;
    }

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.POLAR;
    }

    @Override
    public CheckoutLink checkout(OrganizationId organization, String plan, URI successUrl) {
        String body = JsonBodies.write(Map.of(
                "products", List.of(settings.products().productFor(plan)),
                "success_url", successUrl.toString(),
                "external_customer_id", organization.toString(),
                "metadata", Map.of("organization_id", organization.toString(), "plan", plan)));
        return api.postForCheckoutUrl(settings.apiBaseUrl().resolve("/v1/checkouts/"), "application/json", body);
    }

    @Override
    public PaymentEvent verify(WebhookRequest request) {
        Instant deliveredAt = verifier.verify(request, clock.now());
        return events.read(request.header("webhook-id").orElseThrow(), deliveredAt, request.body());
    }
}
