package io.cairn.usecase.billing;

import io.cairn.domain.billing.BillingAccount;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.BillingAccountRepository;

/** Finds an organization's billing account, or fails as a missing organization. */
final class BillingAccounts {

    private final BillingAccountRepository accounts;

    BillingAccounts(BillingAccountRepository accounts) {
        this.accounts = accounts;
    }

    BillingAccount require(OrganizationId organization) {
        return accounts.find(organization).orElseThrow(() -> new NotFoundException("organization", organization));
    }
}
