package io.cairn.ports.in.member;

import io.cairn.domain.tenant.Invitation;

/** A new invitation and the secret token of its link, which is shown this once and never stored. */
public record IssuedInvitation(Invitation invitation, String token) {}
