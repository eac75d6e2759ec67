package io.cairn.adapter.out.payments.stripe;

import io.cairn.adapter.out.payments.PlanCatalog;
import java.net.URI;
import java.util.Objects;

/**
 * Stripe as the operator configured it: the endpoint's signing secret ({@code whsec_…}), the API's secret key and
 * base URL (the public API unless a test points it elsewhere), and which price sells each plan.
 */
public record StripeSettings(String webhookSecret, String secretKey, URI apiBaseUrl, PlanCatalog prices) {

    public static final URI DEFAULT_API = URI.create("https://api.stripe.com");

    public StripeSettings {
        Objects.requireNonNull(webhookSecret);
        Objects.requireNonNull(secretKey);
        Objects.requireNonNull(apiBaseUrl);
        Objects.requireNonNull(prices);
    }
}
