package io.cairn.adapter.out.jdbc.tenant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data access to {@code users}, which exist across organizations. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRows extends GenericRepository<UserRow, UUID> {

    UserRow save(UserRow row);

    Optional<UserRow> findById(UUID id);

    Optional<UserRow> findByEmail(String email);

    @Query("UPDATE users SET email = :email, password_hash = :passwordHash WHERE id = :id")
    long updateById(UUID id, String email, String passwordHash);
}
