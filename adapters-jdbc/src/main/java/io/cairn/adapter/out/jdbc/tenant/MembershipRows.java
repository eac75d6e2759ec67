package io.cairn.adapter.out.jdbc.tenant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code memberships}: who belongs to which organization, with which role. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MembershipRows extends GenericRepository<MembershipRow, MembershipKey> {

    MembershipRow save(MembershipRow row);

    Optional<MembershipRow> findById(MembershipKey key);

    @Query("UPDATE memberships SET role = :role WHERE organization_id = :organizationId AND user_id = :userId")
    long updateRole(UUID organizationId, UUID userId, String role);

    @Query("SELECT * FROM memberships WHERE user_id = :userId ORDER BY organization_id")
    List<MembershipRow> listByUser(UUID userId);

    @Query("SELECT * FROM memberships WHERE organization_id = :organizationId ORDER BY user_id")
    List<MembershipRow> listByOrganization(UUID organizationId);

    @Query("DELETE FROM memberships WHERE organization_id = :organizationId AND user_id = :userId")
    long deleteMembership(UUID organizationId, UUID userId);
}
