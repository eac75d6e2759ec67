package io.cairn.ports.fakes;

import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.out.persistence.MembershipRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory memberships for service tests. */
public class InMemoryMembershipRepository implements MembershipRepository {

    private final Map<String, Membership> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Membership membership) {
        rows.put(membership.organizationId() + "/" + membership.userId(), membership);
    }

    @Override
    public Optional<Membership> find(OrganizationId organization, UserId user) {
        return Optional.ofNullable(rows.get(organization + "/" + user));
    }

    @Override
    public List<Membership> listByUser(UserId user) {
        return rows.values().stream().filter(m -> m.userId().equals(user)).toList();
    }

    @Override
    public List<Membership> listByOrganization(OrganizationId organization) {
        return rows.values().stream()
                .filter(m -> m.organizationId().equals(organization))
                .toList();
    }

    @Override
    public boolean delete(OrganizationId organization, UserId user) {
        return rows.remove(organization + "/" + user) != null;
    }
}
