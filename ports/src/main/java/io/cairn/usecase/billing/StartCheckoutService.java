package io.cairn.usecase.billing;

import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.UpstreamTimeoutException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Role;
import io.cairn.ports.in.billing.StartCheckoutUseCase;
import io.cairn.ports.out.payments.PaymentPort;
import io.cairn.ports.out.payments.PaymentProviderException;
import java.net.URI;
import java.util.Objects;

/**
 * Gives an owner the configured payment provider's checkout page for a paid plan. The organization's id travels
 * in the checkout's metadata and comes back in the subscription's webhooks.
 */
public final class StartCheckoutService implements StartCheckoutUseCase {

    private final PaymentPort provider;
    private final URI successUrl;

    public StartCheckoutService(PaymentPort provider, URI successUrl) {
        this.provider = Objects.requireNonNull(provider);
        this.successUrl = Objects.requireNonNull(successUrl);
    }

    @Override
    public URI checkout(Actor actor, String plan) {
        if (actor.role() != Role.OWNER) {
            throw new ForbiddenException("Only an owner can change the organization's plan");
        }
        if (plan == null || plan.isBlank() || plan.strip().equals(HandlePaymentWebhookService.FREE_PLAN)) {
            throw new ValidationException("plan", "must name a paid plan");
        }
        try {
            return provider.checkout(actor.organizationId(), plan.strip(), successUrl)
                    .url();
        } catch (PaymentProviderException e) {
            throw new UpstreamTimeoutException(
                    "payment_provider_unavailable", "The payment provider could not start a checkout; try again");
        }
    }
}
