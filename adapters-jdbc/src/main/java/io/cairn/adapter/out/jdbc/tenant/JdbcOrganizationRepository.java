package io.cairn.adapter.out.jdbc.tenant;

import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.OrganizationRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Driven adapter: stores organizations (the tenants) in the relational database. */
@Singleton
public class JdbcOrganizationRepository implements OrganizationRepository {

    private final OrganizationRows rows;

    JdbcOrganizationRepository(OrganizationRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(Organization organization) {
        Instant suspendedAt = organization.suspendedAt().map(Keyset::stored).orElse(null);
        if (rows.updateById(organization.id().value(), organization.name(), organization.plan(), suspendedAt) == 0) {
            rows.save(new OrganizationRow(
                    organization.id().value(),
                    organization.name(),
                    organization.plan(),
                    Keyset.stored(organization.createdAt()),
                    suspendedAt));
        }
    }

    @Override
    public Optional<Organization> findById(OrganizationId id) {
        return rows.findById(id.value()).map(JdbcOrganizationRepository::toDomain);
    }

    @Override
    public List<Organization> listAll() {
        return rows.listAll().stream().map(JdbcOrganizationRepository::toDomain).toList();
    }

    private static Organization toDomain(OrganizationRow row) {
        return new Organization(
                new OrganizationId(row.id()),
                row.name(),
                row.plan(),
                row.createdAt(),
                Optional.ofNullable(row.suspendedAt()));
    }
}
