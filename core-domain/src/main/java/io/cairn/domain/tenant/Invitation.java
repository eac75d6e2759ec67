package io.cairn.domain.tenant;

import io.cairn.domain.common.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An offer to join an organization with a role, redeemed once through a secret link before it expires. Only the
 * SHA-256 of the link's token is kept.
 */
public record Invitation(
        InvitationId id,
        OrganizationId organizationId,
        String email,
        Role role,
        String tokenHash,
        UserId invitedBy,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> acceptedAt) {

    /** How long an invitation link stays valid. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    public Invitation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organizationId);
        email = Text.required(email, "email", 320).toLowerCase(Locale.ROOT);
        Objects.requireNonNull(role);
        Objects.requireNonNull(tokenHash);
        Objects.requireNonNull(invitedBy);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(expiresAt);
        Objects.requireNonNull(acceptedAt);
    }

    public static Invitation issue(
            OrganizationId org, String email, Role role, String tokenHash, UserId invitedBy, Instant now) {
        return new Invitation(
                InvitationId.random(),
                org,
                email,
                role,
                tokenHash,
                invitedBy,
                now,
                now.plus(VALIDITY),
                Optional.empty());
    }

    /** Whether the link can still be redeemed: not used yet and not expired. */
    public boolean redeemable(Instant now) {
        return acceptedAt.isEmpty() && now.isBefore(expiresAt);
    }

    public Invitation accepted(Instant now) {
        return new Invitation(
                id, organizationId, email, role, tokenHash, invitedBy, createdAt, expiresAt, Optional.of(now));
    }
}
