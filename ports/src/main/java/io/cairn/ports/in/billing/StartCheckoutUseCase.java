package io.cairn.ports.in.billing;

import io.cairn.domain.tenant.Actor;
import java.net.URI;

/** Use case: an organization's owner asks for the payment provider's checkout page for a paid plan. */
public interface StartCheckoutUseCase {

    /** The checkout page's address; only an owner may buy, other roles get a ForbiddenException. */
    URI checkout(Actor actor, String plan);
}
