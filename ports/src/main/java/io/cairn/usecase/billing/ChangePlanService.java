package io.cairn.usecase.billing;

import io.cairn.domain.billing.Plan;
import io.cairn.domain.billing.Plans;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.billing.ChangePlanUseCase;
import io.cairn.ports.out.persistence.BillingAccountRepository;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Puts an organization on one of the configured plans, with its billing periods anchored at the given instant. */
public final class ChangePlanService implements ChangePlanUseCase {

    private final BillingAccountRepository accounts;
    private final Plans plans;

    public ChangePlanService(BillingAccountRepository accounts, Plans plans) {
        this.accounts = accounts;
        this.plans = plans;
    }

    @Override
    public void changePlan(OrganizationId organization, String plan, Instant periodAnchor) {
        Objects.requireNonNull(organization);
        Objects.requireNonNull(periodAnchor);
        if (plan == null || !plans.knows(plan)) {
            throw new ValidationException(
                    "plan",
                    "must be one of " + plans.ordered().stream().map(Plan::name).collect(Collectors.joining(", ")));
        }
        if (!accounts.changePlan(organization, plan.strip().toLowerCase(Locale.ROOT), periodAnchor)) {
            throw new NotFoundException("organization", organization);
        }
    }
}
