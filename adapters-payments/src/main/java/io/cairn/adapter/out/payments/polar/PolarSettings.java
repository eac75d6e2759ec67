package io.cairn.adapter.out.payments.polar;

import io.cairn.adapter.out.payments.PlanCatalog;
import java.net.URI;
import java.util.Objects;

/**
 * Polar.sh as the operator configured it: the webhook secret, the API's access token and base URL (the public API
 * unless a test points it elsewhere), and which product sells each plan.
 */
public record PolarSettings(String webhookSecret, String accessToken, URI apiBaseUrl, PlanCatalog products) {

    public static final URI DEFAULT_API = URI.create("https://api.polar.sh");

    public PolarSettings {
        Objects.requireNonNull(webhookSecret);
        Objects.requireNonNull(accessToken);
        Objects.requireNonNull(apiBaseUrl);
        Objects.requireNonNull(products);
    }
}
