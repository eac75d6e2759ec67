package io.cairn.adapter.in.http.billing;

import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.billing.StartCheckoutUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Driving adapter: {@code POST /api/v1/billing/checkout}, an owner's way to the payment provider's checkout page.
 * It exists only when a payment provider is configured.
 */
@Controller("/api/v1/billing")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = StartCheckoutUseCase.class)
public class CheckoutController {

    private final StartCheckoutUseCase checkout;

    public CheckoutController(StartCheckoutUseCase checkout) {
        this.checkout = checkout;
    }

    @Post("/checkout")
    public CheckoutResponse checkout(Actor actor, @Body CheckoutRequest body) {
        return new CheckoutResponse(checkout.checkout(actor, body.plan()).toString());
    }
}
