package io.cairn.ports.in.member;

import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;

/** A member of an organization as listed to its members. */
public record MemberView(UserId userId, String email, Role role) {}
