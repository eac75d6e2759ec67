package io.cairn.ports.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.common.ContentHash;
import io.cairn.domain.tenant.Invitation;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link InvitationRepository} shares: the fake and each database adapter extend it. */
public abstract class InvitationRepositoryContract {

    private final OrganizationId orgA = OrganizationId.random();
    private final OrganizationId orgB = OrganizationId.random();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private InvitationRepository invitations;

    /** A repository to test; it may hold other tests' rows, never this test's random ids. */
    protected abstract InvitationRepository newRepository();

    @BeforeEach
    void createRepository() {
        invitations = newRepository();
    }

    @Test
    void should_find_invitation_by_its_token_hash_when_saved() {
        // given
        Invitation invitation = invitation(orgA, "ada@example.com");
        // when
        invitations.save(invitation);
        // then
        assertThat(invitations.findByTokenHash(invitation.tokenHash())).contains(invitation);
        assertThat(invitations.findByTokenHash(ContentHash.of("another token"))).isEmpty();
    }

    @Test
    void should_keep_acceptance_when_saved_again() {
        // given
        Invitation invitation = invitation(orgA, "bob@example.com");
        invitations.save(invitation);
        // when
        Invitation accepted = invitation.accepted(now.plusSeconds(60));
        invitations.save(accepted);
        // then
        assertThat(invitations.findByTokenHash(invitation.tokenHash())).contains(accepted);
    }

    @Test
    void should_list_only_the_tenants_invitations_when_listed() {
        // given
        Invitation mine = invitation(orgA, "cy@example.com");
        invitations.save(mine);
        invitations.save(invitation(orgB, "dee@example.com"));
        // when / then
        assertThat(invitations.listByOrganization(orgA)).containsExactly(mine);
    }

    private Invitation invitation(OrganizationId org, String email) {
        return Invitation.issue(
                org, email, Role.EDITOR, ContentHash.of(UUID.randomUUID().toString()), UserId.random(), now);
    }
}
