package io.cairn.ports.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link MembershipRepository} shares: the fake and each database adapter extend it. */
public abstract class MembershipRepositoryContract {

    private final OrganizationId orgA = OrganizationId.random();
    private final OrganizationId orgB = OrganizationId.random();
    private final UserId user = UserId.random();
    private MembershipRepository memberships;

    /** A repository to test; it may hold other tests' rows, never this test's random ids. */
    protected abstract MembershipRepository newRepository();

    @BeforeEach
    void createRepository() {
        memberships = newRepository();
    }

    @Test
    void should_find_membership_when_saved() {
        // given
        Membership owner = new Membership(orgA, user, Role.OWNER);
        // when
        memberships.save(owner);
        // then
        assertThat(memberships.find(orgA, user)).contains(owner);
    }

    @Test
    void should_change_role_when_saved_again() {
        // given
        memberships.save(new Membership(orgA, user, Role.EDITOR));
        // when
        memberships.save(new Membership(orgA, user, Role.VIEWER));
        // then
        assertThat(memberships.find(orgA, user)).contains(new Membership(orgA, user, Role.VIEWER));
        assertThat(memberships.listByUser(user)).containsExactly(new Membership(orgA, user, Role.VIEWER));
    }

    @Test
    void should_find_nothing_when_user_belongs_to_another_tenant() {
        // given
        memberships.save(new Membership(orgB, user, Role.ADMIN));
        // when / then
        assertThat(memberships.find(orgA, user)).isEmpty();
        assertThat(memberships.find(orgB, UserId.random())).isEmpty();
    }

    @Test
    void should_list_every_membership_of_a_user_when_user_joined_several_tenants() {
        // given
        Membership inA = new Membership(orgA, user, Role.OWNER);
        Membership inB = new Membership(orgB, user, Role.VIEWER);
        memberships.save(inA);
        memberships.save(inB);
        memberships.save(new Membership(orgA, UserId.random(), Role.EDITOR));
        // when / then
        assertThat(memberships.listByUser(user)).containsExactlyInAnyOrder(inA, inB);
        assertThat(memberships.listByUser(UserId.random())).isEmpty();
    }

    @Test
    void should_list_only_the_organizations_members_when_listed_by_organization() {
        // given
        UserId other = UserId.random();
        memberships.save(new Membership(orgA, user, Role.OWNER));
        memberships.save(new Membership(orgA, other, Role.VIEWER));
        memberships.save(new Membership(orgB, UserId.random(), Role.OWNER));
        // when / then
        assertThat(memberships.listByOrganization(orgA))
                .containsExactlyInAnyOrder(
                        new Membership(orgA, user, Role.OWNER), new Membership(orgA, other, Role.VIEWER));
    }

    @Test
    void should_remove_only_that_membership_when_deleted() {
        // given
        memberships.save(new Membership(orgA, user, Role.EDITOR));
        memberships.save(new Membership(orgB, user, Role.EDITOR));
        // when
        boolean deleted = memberships.delete(orgA, user);
        // then
        assertThat(deleted).isTrue();
        assertThat(memberships.find(orgA, user)).isEmpty();
        assertThat(memberships.find(orgB, user)).isPresent();
        assertThat(memberships.delete(orgA, user)).isFalse();
    }
}
