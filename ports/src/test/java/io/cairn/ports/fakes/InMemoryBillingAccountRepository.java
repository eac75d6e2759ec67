package io.cairn.ports.fakes;

import io.cairn.domain.billing.BillingAccount;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.BillingAccountRepository;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link BillingAccountRepository}; locking is a no-op, as a test runs one request at a time. */
public class InMemoryBillingAccountRepository implements BillingAccountRepository {

    private final Map<OrganizationId, BillingAccount> accounts = new ConcurrentHashMap<>();

    /** Opens an account, as signing up does. */
    public void open(OrganizationId organization, String plan, Instant anchor) {
        accounts.put(organization, new BillingAccount(organization, plan, anchor));
    }

    @Override
    public Optional<BillingAccount> find(OrganizationId organization) {
        return Optional.ofNullable(accounts.get(organization));
    }

    @Override
    public boolean changePlan(OrganizationId organization, String plan, Instant anchor) {
        return accounts.computeIfPresent(organization, (id, old) -> new BillingAccount(id, plan, anchor)) != null;
    }

    @Override
    public void lock(OrganizationId organization) {}
}
