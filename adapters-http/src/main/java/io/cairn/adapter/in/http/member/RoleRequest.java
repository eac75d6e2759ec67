package io.cairn.adapter.in.http.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of a role change: {@code {"role": "editor"}}. */
@Serdeable
public record RoleRequest(@Nullable String role) {}
