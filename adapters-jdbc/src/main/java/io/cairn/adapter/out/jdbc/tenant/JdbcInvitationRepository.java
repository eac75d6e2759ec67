package io.cairn.adapter.out.jdbc.tenant;

import io.cairn.adapter.out.jdbc.support.EnumColumns;
import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.OwnedRows;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.tenant.Invitation;
import io.cairn.domain.tenant.InvitationId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.out.persistence.InvitationRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Driven adapter: stores invitations in the relational database; a saved invitation only changes by acceptance. */
@Singleton
@TenantScoped
public class JdbcInvitationRepository implements InvitationRepository {

    private final InvitationRows rows;

    JdbcInvitationRepository(InvitationRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(Invitation i) {
        InvitationRow row = new InvitationRow(
                i.id().value(),
                i.organizationId().value(),
                i.email(),
                EnumColumns.store(i.role()),
                i.tokenHash(),
                i.invitedBy().value(),
                Keyset.stored(i.createdAt()),
                Keyset.stored(i.expiresAt()),
                i.acceptedAt().map(Keyset::stored).orElse(null));
        OwnedRows.save(
                "invitation",
                row.id(),
                () -> rows.updateOwned(row.id(), row.organizationId(), row.acceptedAt()),
                () -> rows.existsById(row.id()),
                () -> rows.save(row));
    }

    @Override
    public Optional<Invitation> findByTokenHash(String tokenHash) {
        return rows.findByTokenHash(tokenHash).map(JdbcInvitationRepository::toDomain);
    }

    @Override
    public List<Invitation> listByOrganization(OrganizationId organization) {
        return rows.listByOrganization(organization.value()).stream()
                .map(JdbcInvitationRepository::toDomain)
                .toList();
    }

    private static Invitation toDomain(InvitationRow r) {
        return new Invitation(
                new InvitationId(r.id()),
                new OrganizationId(r.organizationId()),
                r.email(),
                EnumColumns.load(Role.class, r.role()),
                r.tokenHash(),
                new UserId(r.invitedBy()),
                r.createdAt(),
                r.expiresAt(),
                Optional.ofNullable(r.acceptedAt()));
    }
}
