package io.cairn.adapter.out.jdbc.tenant;

import io.cairn.adapter.out.jdbc.support.EnumColumns;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.out.persistence.MembershipRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Driven adapter: stores memberships (user, organization, role) in the relational database. */
@Singleton
@TenantScoped
public class JdbcMembershipRepository implements MembershipRepository {

    private final MembershipRows rows;

    JdbcMembershipRepository(MembershipRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(Membership membership) {
        MembershipKey key = new MembershipKey(
                membership.organizationId().value(), membership.userId().value());
        String role = EnumColumns.store(membership.role());
        if (rows.updateRole(key.organizationId(), key.userId(), role) == 0) {
            rows.save(new MembershipRow(key, role));
        }
    }

    @Override
    public Optional<Membership> find(OrganizationId organization, UserId user) {
        return rows.findById(new MembershipKey(organization.value(), user.value()))
                .map(JdbcMembershipRepository::toDomain);
    }

    @Override
    public List<Membership> listByUser(UserId user) {
        return rows.listByUser(user.value()).stream()
                .map(JdbcMembershipRepository::toDomain)
                .toList();
    }

    @Override
    public List<Membership> listByOrganization(OrganizationId organization) {
        return rows.listByOrganization(organization.value()).stream()
                .map(JdbcMembershipRepository::toDomain)
                .toList();
    }

    @Override
    public boolean delete(OrganizationId organization, UserId user) {
        return rows.deleteMembership(organization.value(), user.value()) > 0;
    }

    private static Membership toDomain(MembershipRow row) {
        return new Membership(
                new OrganizationId(row.key().organizationId()),
                new UserId(row.key().userId()),
                EnumColumns.load(Role.class, row.role()));
    }
}
