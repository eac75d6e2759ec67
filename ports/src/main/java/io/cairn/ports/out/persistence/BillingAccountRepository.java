package io.cairn.ports.out.persistence;

import io.cairn.domain.billing.BillingAccount;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Optional;

/** Driven port: the plan of each organization and the anchor of its billing periods. */
public interface BillingAccountRepository {

    Optional<BillingAccount> find(OrganizationId organization);

    /** Puts the organization on {@code plan} from {@code anchor}; false when there is no such organization. */
    boolean changePlan(OrganizationId organization, String plan, Instant anchor);

    /**
     * Holds the organization's row until the current transaction ends, so that two limit checks of one organization
     * never both pass on the last unit left.
     */
    void lock(OrganizationId organization);
}
