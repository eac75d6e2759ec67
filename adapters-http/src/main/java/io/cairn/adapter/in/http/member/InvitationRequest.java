package io.cairn.adapter.in.http.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of an invitation: who, and with which role. */
@Serdeable
public record InvitationRequest(@Nullable String email, @Nullable String role) {}
