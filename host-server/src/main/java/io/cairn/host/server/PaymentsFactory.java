package io.cairn.host.server;

import io.cairn.adapter.out.payments.PlanCatalog;
import io.cairn.adapter.out.payments.polar.PolarPaymentAdapter;
import io.cairn.adapter.out.payments.polar.PolarSettings;
import io.cairn.adapter.out.payments.stripe.StripePaymentAdapter;
import io.cairn.adapter.out.payments.stripe.StripeSettings;
import io.cairn.domain.billing.PaymentProvider;
import io.cairn.ports.in.billing.ChangePlanUseCase;
import io.cairn.ports.in.billing.HandlePaymentWebhookUseCase;
import io.cairn.ports.in.billing.StartCheckoutUseCase;
import io.cairn.ports.out.payments.PaymentPort;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.PaymentEventRepository;
import io.cairn.ports.out.persistence.SubscriptionRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.billing.HandlePaymentWebhookService;
import io.cairn.usecase.billing.StartCheckoutService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the payment providers and the billing use cases. A provider exists when its webhook secret is set
 * ({@code cairn.payments.polar.webhook-secret}, {@code cairn.payments.stripe.webhook-secret}); checkouts exist when
 * {@code cairn.payments.success-url} is set too, through {@code cairn.payments.checkout-provider} (Polar by default).
 */
@Factory
class PaymentsFactory {

    static final String PREFIX = "cairn.payments";

    @Singleton
    @Requires(property = PREFIX + ".polar.webhook-secret")
    PaymentPort polar(Environment env, ClockPort clock) {
        String at = PREFIX + ".polar.";
        return new PolarPaymentAdapter(
                new PolarSettings(
                        env.getRequiredProperty(at + "webhook-secret", String.class),
                        env.getProperty(at + "access-token", String.class).orElse(""),
                        env.getProperty(at + "api-base-url", URI.class).orElse(PolarSettings.DEFAULT_API),
                        catalog(env, at + "products")),
                clock);
    }

    @Singleton
    @Requires(property = PREFIX + ".stripe.webhook-secret")
    PaymentPort stripe(Environment env, ClockPort clock) {
        String at = PREFIX + ".stripe.";
        return new StripePaymentAdapter(
                new StripeSettings(
                        env.getRequiredProperty(at + "webhook-secret", String.class),
                        env.getProperty(at + "secret-key", String.class).orElse(""),
                        env.getProperty(at + "api-base-url", URI.class).orElse(StripeSettings.DEFAULT_API),
                        catalog(env, at + "prices")),
                clock);
    }

    @Singleton
    HandlePaymentWebhookUseCase handlePaymentWebhook(
            List<PaymentPort> providers,
            PaymentEventRepository events,
            SubscriptionRepository subscriptions,
            OrganizationRepository organizations,
            ChangePlanUseCase plans,
            TransactionPort transactions,
            ClockPort clock) {
        return new HandlePaymentWebhookService(
                providers, events, subscriptions, organizations, plans, transactions, clock);
    }

    @Singleton
    @Requires(property = PREFIX + ".success-url")
    StartCheckoutUseCase startCheckout(Environment env, List<PaymentPort> providers) {
        String wanted = env.getProperty(PREFIX + ".checkout-provider", String.class)
                .orElse(providers.stream().anyMatch(p -> p.provider() == PaymentProvider.POLAR) ? "polar" : "stripe");
        PaymentPort provider = providers.stream()
                .filter(p -> p.provider().wireName().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(PREFIX + ".success-url is set, but the checkout provider "
                        + wanted + " has no webhook secret configured"));
        return new StartCheckoutService(provider, env.getRequiredProperty(PREFIX + ".success-url", URI.class));
    }

    /** {@code <prefix>.<plan>=<product or price id>}, for example {@code cairn.payments.polar.products.pro}. */
    private static PlanCatalog catalog(Environment env, String prefix) {
        Map<String, String> products = new HashMap<>();
        for (String plan : env.getPropertyEntries(prefix)) {
            env.getProperty(prefix + "." + plan, String.class).ifPresent(product -> products.put(plan, product));
        }
        return new PlanCatalog(products);
    }
}
