package io.cairn.adapter.out.jdbc.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code invitations}; only the token-hash lookup spans tenants. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InvitationRows extends GenericRepository<InvitationRow, UUID> {

    InvitationRow save(InvitationRow row);

    boolean existsById(UUID id);

    Optional<InvitationRow> findByTokenHash(String tokenHash);

    @Query("UPDATE invitations SET accepted_at = :acceptedAt WHERE id = :id AND organization_id = :organizationId")
    long updateOwned(UUID id, UUID organizationId, @Nullable Instant acceptedAt);

    @Query("SELECT * FROM invitations WHERE organization_id = :organizationId ORDER BY created_at, id")
    List<InvitationRow> listByOrganization(UUID organizationId);
}
