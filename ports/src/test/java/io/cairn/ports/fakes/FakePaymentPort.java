package io.cairn.ports.fakes;

import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.payments.CheckoutLink;
import io.cairn.ports.out.payments.PaymentEvent;
import io.cairn.ports.out.payments.PaymentPort;
import io.cairn.ports.out.payments.WebhookRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scriptable payment provider: a webhook whose body is a key given to {@link #deliver} verifies as that event,
 * anything else fails its signature. Checkouts are recorded and answered with a fixed-shape link.
 */
public class FakePaymentPort implements PaymentPort {

    /** One checkout asked of the provider. */
    public record CheckoutCall(OrganizationId organization, String plan, URI successUrl) {}

    private final PaymentProvider provider;
    private final Map<String, PaymentEvent> signed = new ConcurrentHashMap<>();
    private final List<CheckoutCall> checkouts = new ArrayList<>();

    public FakePaymentPort(PaymentProvider provider) {
        this.provider = provider;
    }

    /** A webhook request that this provider verifies as {@code event}. */
    public WebhookRequest deliver(PaymentEvent event) {
        String key = event.provider().wireName() + ":" + event.eventId();
        signed.put(key, event);
        return new WebhookRequest(Map.of("signature", "ok"), key.getBytes(StandardCharsets.UTF_8));
    }

    public List<CheckoutCall> checkouts() {
        return List.copyOf(checkouts);
    }

    @Override
    public PaymentProvider provider() {
        return provider;
    }

    @Override
    public CheckoutLink checkout(OrganizationId organization, String plan, URI successUrl) {
        checkouts.add(new CheckoutCall(organization, plan, successUrl));
        return new CheckoutLink(URI.create("https://pay.example/" + provider.wireName() + "/" + plan));
    }

    @Override
    public PaymentEvent verify(WebhookRequest request) {
        PaymentEvent event = signed.get(new String(request.body(), StandardCharsets.UTF_8));
        if (event == null) {
            throw new UnauthorizedException("webhook_signature_invalid", "The webhook's signature does not verify");
        }
        return event;
    }
}
