package io.cairn.usecase.billing;

import io.cairn.domain.billing.BillingAccount;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.billing.AddCreditsUseCase;
import io.cairn.ports.out.persistence.BillingAccountRepository;
import io.cairn.ports.out.persistence.UsageRepository;
import io.cairn.ports.out.time.ClockPort;

/** Adds message credits to the organization's current billing period; they lapse with it. */
public final class AddCreditsService implements AddCreditsUseCase {

    private final BillingAccounts accounts;
    private final UsageRepository usage;
    private final ClockPort clock;

    public AddCreditsService(BillingAccountRepository accounts, UsageRepository usage, ClockPort clock) {
        this.accounts = new BillingAccounts(accounts);
        this.usage = usage;
        this.clock = clock;
    }

    @Override
    public void addCredits(OrganizationId organization, long credits) {
        if (credits < 1) {
            throw new ValidationException("credits", "must be at least 1");
        }
        BillingAccount account = accounts.require(organization);
        usage.addCredits(organization, account.periodAt(clock.now()).start(), credits, clock.now());
    }
}
