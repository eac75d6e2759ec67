package io.cairn.adapter.out.payments.stripe;

import io.cairn.adapter.out.payments.ProviderApi;
import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.payments.CheckoutLink;
import io.cairn.ports.out.payments.PaymentEvent;
import io.cairn.ports.out.payments.PaymentPort;
import io.cairn.ports.out.payments.WebhookRequest;
import io.cairn.ports.out.time.ClockPort;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Driven adapter: Stripe. Subscription checkouts through its REST API ({@code POST /v1/checkout/sessions},
 * form-encoded), carrying the organization's id as client reference and metadata; webhooks verified by
 * {@code Stripe-Signature}.
 */
public final class StripePaymentAdapter implements PaymentPort {

    private final StripeSettings settings;
    private final StripeSignatureVerifier verifier;
    private final StripeEvents events;
    private final ProviderApi api;
    private final ClockPort clock;

    public StripePaymentAdapter(StripeSettings settings, ClockPort clock) {
        this.settings = settings;
        this.verifier = new StripeSignatureVerifier(settings.webhookSecret());
        this.events = new StripeEvents(settings.prices());
        this.api = new ProviderApi("Stripe", settings.secretKey());
        this.clock = clock;
    }

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.STRIPE;
    }

    @Override
    public CheckoutLink checkout(OrganizationId organization, String plan, URI successUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mode", "subscription");
        form.put("line_items[0][price]", settings.prices().productFor(plan));
        form.put("line_items[0][quantity]", "1");
        form.put("success_url", successUrl.toString());
        form.put("client_reference_id", organization.toString());
        form.put("metadata[organization_id]", organization.toString());
        form.put("subscription_data[metadata][organization_id]", organization.toString());
        return api.postForCheckoutUrl(
                settings.apiBaseUrl().resolve("/v1/checkout/sessions"),
                "application/x-www-form-urlencoded",
                encode(form));
    }

    @Override
    public PaymentEvent verify(WebhookRequest request) {
        verifier.verify(request, clock.now());
        return events.read(request.body());
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
