package io.cairn.ports.in.billing;

import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;

/**
 * Driving port: puts an organization on a plan, from an operator's command or a payment provider's event. The
 * billing period is anchored at {@code periodAnchor}: each monthly period starts on that instant's day and time.
 */
public interface ChangePlanUseCase {

    /**
     * Moves the organization to {@code plan} (for example {@code free}, {@code pro}); an unknown plan is refused
     * with {@link io.cairn.domain.error.ValidationException}, and an unknown organization with
     * {@link io.cairn.domain.error.NotFoundException}.
     */
    void changePlan(OrganizationId organization, String plan, Instant periodAnchor);
}
