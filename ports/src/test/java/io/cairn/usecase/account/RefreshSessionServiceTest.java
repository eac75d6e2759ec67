package io.cairn.usecase.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cairn.domain.common.ContentHash;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.fakes.InMemoryRefreshTokenRepository;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.account.MintedRefreshToken;
import io.cairn.ports.in.account.RefreshTokenMinter;
import io.cairn.ports.in.account.SessionGrant;
import io.cairn.ports.in.account.SignUpCommand;
import io.cairn.usecase.UseCaseFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefreshSessionServiceTest {

    private final UseCaseFixture cairn = UseCaseFixture.extractive();
    private final InMemoryRefreshTokenRepository tokens = new InMemoryRefreshTokenRepository();
    private final RefreshSessionService sessions = new RefreshSessionService(
            tokens,
            new FindAccountService(cairn.users, cairn.memberships, cairn.organizations, cairn.workspaces),
            cairn.clock);
    private final RefreshTokenMinter minter = (account, family, id) ->
            new MintedRefreshToken("refresh-" + id, cairn.clock.now().plus(Duration.ofDays(30)));

    @Test
    void should_hand_out_the_next_token_of_the_same_family_when_a_token_is_rotated() {
        // given
        SessionGrant opened = sessions.open(signUp("ada@example.com"), minter);
        // when
        SessionGrant rotated = sessions.rotate(orgOf(opened), opened.refreshToken(), minter);
        // then
        assertThat(rotated.refreshToken()).isNotEqualTo(opened.refreshToken());
        assertThat(rotated.family()).isEqualTo(opened.family());
        assertThat(rotated.account().userId()).isEqualTo(opened.account().userId());
    }

    @Test
    void should_keep_only_the_hash_of_a_token_when_a_family_is_opened() {
        // when
        SessionGrant opened = sessions.open(signUp("ada@example.com"), minter);
        // then
        assertThat(tokens.findByHash(orgOf(opened), ContentHash.of(opened.refreshToken())))
                .hasValueSatisfying(t -> assertThat(t.tokenHash()).isNotEqualTo(opened.refreshToken()));
    }

    @Test
    void should_revoke_the_whole_family_when_a_spent_token_is_presented_again() {
        // given
        SessionGrant opened = sessions.open(signUp("ada@example.com"), minter);
        SessionGrant newest = sessions.rotate(orgOf(opened), opened.refreshToken(), minter);
        // when
        Throwable reuse = catchRotate(opened, opened.refreshToken());
        // then
        assertThat(reuse).isInstanceOf(UnauthorizedException.class);
        assertThat(catchRotate(opened, newest.refreshToken())).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void should_leave_other_families_working_when_one_family_is_revoked() {
        // given
        AccountView ada = signUp("ada@example.com");
        SessionGrant laptop = sessions.open(ada, minter);
        SessionGrant phone = sessions.open(ada, minter);
        sessions.rotate(orgOf(laptop), laptop.refreshToken(), minter);
        catchRotate(laptop, laptop.refreshToken());
        // when
        SessionGrant rotated = sessions.rotate(orgOf(phone), phone.refreshToken(), minter);
        // then
        assertThat(rotated.family()).isEqualTo(phone.family());
    }

    @Test
    void should_refuse_when_the_token_is_unknown_or_from_another_organization() {
        // given
        SessionGrant opened = sessions.open(signUp("ada@example.com"), minter);
        // when / then
        assertThatThrownBy(() -> sessions.rotate(orgOf(opened), "never-issued", minter))
                .isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> sessions.rotate(OrganizationId.random(), opened.refreshToken(), minter))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void should_refuse_when_the_token_has_expired() {
        // given
        SessionGrant opened = sessions.open(signUp("ada@example.com"), minter);
        cairn.clock.advance(Duration.ofDays(31));
        // when / then
        assertThat(catchRotate(opened, opened.refreshToken())).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void should_carry_the_current_role_when_the_role_changed_since_log_in() {
        // given
        SessionGrant opened = sessions.open(signUp("ada@example.com"), minter);
        cairn.memberships.save(new Membership(orgOf(opened), opened.account().userId(), Role.VIEWER));
        // when
        SessionGrant rotated = sessions.rotate(orgOf(opened), opened.refreshToken(), minter);
        // then
        assertThat(rotated.account().role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void should_refuse_and_end_the_family_when_the_user_is_no_longer_a_member() {
        // given: a family in an organization the user does not (or no longer does) belong to
        AccountView ada = signUp("ada@example.com");
        Organization elsewhere = new Organization(OrganizationId.random(), "Gone", "free", cairn.clock.now());
        cairn.organizations.save(elsewhere);
        AccountView formerMember = new AccountView(ada.userId(), ada.email(), elsewhere, ada.workspace(), Role.ADMIN);
        SessionGrant opened = sessions.open(formerMember, minter);
        // when
        Throwable refused = catchRotate(opened, opened.refreshToken());
        // then
        assertThat(refused).isInstanceOf(UnauthorizedException.class);
        assertThat(tokens.findByHash(elsewhere.id(), ContentHash.of(opened.refreshToken())))
                .hasValueSatisfying(t -> assertThat(t.isRevoked()).isTrue());
    }

    @Test
    void should_revoke_the_family_when_the_user_logs_out() {
        // given
        SessionGrant opened = sessions.open(signUp("ada@example.com"), minter);
        SessionGrant rotated = sessions.rotate(orgOf(opened), opened.refreshToken(), minter);
        // when
        sessions.end(actorOf(opened), Optional.of(opened.family()), Optional.empty());
        // then
        assertThat(catchRotate(opened, rotated.refreshToken())).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void should_revoke_the_family_of_the_given_token_when_it_belongs_to_the_user() {
        // given
        SessionGrant opened = sessions.open(signUp("ada@example.com"), minter);
        // when
        sessions.end(actorOf(opened), Optional.empty(), Optional.of(opened.refreshToken()));
        // then
        assertThat(catchRotate(opened, opened.refreshToken())).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void should_leave_a_colleagues_family_alone_when_their_token_is_sent_at_log_out() {
        // given
        SessionGrant owner = sessions.open(signUp("ada@example.com"), minter);
        Actor colleague = Actor.member(UserId.random(), orgOf(owner), Role.ADMIN);
        // when
        sessions.end(colleague, Optional.empty(), Optional.of(owner.refreshToken()));
        // then
        assertThat(sessions.rotate(orgOf(owner), owner.refreshToken(), minter).family())
                .isEqualTo(owner.family());
    }

    private AccountView signUp(String email) {
        return cairn.signUp.signUp(new SignUpCommand(email, "correct horse battery", "Acme"));
    }

    private Throwable catchRotate(SessionGrant grant, String token) {
        return catchThrowable(() -> sessions.rotate(orgOf(grant), token, minter));
    }

    private static OrganizationId orgOf(SessionGrant grant) {
        return grant.account().organization().id();
    }

    private static Actor actorOf(SessionGrant grant) {
        return Actor.member(
                grant.account().userId(), orgOf(grant), grant.account().role());
    }
}
