package io.cairn.adapter.out.jdbc.tenant;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code users}; the e-mail is stored normalised and is unique. */
@MappedEntity("users")
record UserRow(@Id UUID id, String email, String passwordHash, Instant createdAt) {}
