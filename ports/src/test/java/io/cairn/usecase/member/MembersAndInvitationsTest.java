package io.cairn.usecase.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.error.ConflictException;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Invitation;
import io.cairn.domain.tenant.Role;
import io.cairn.ports.in.account.AccountView;
import io.cairn.ports.in.member.IssuedInvitation;
import io.cairn.ports.in.member.MemberView;
import io.cairn.usecase.UseCaseFixture;
import org.junit.jupiter.api.Test;

class MembersAndInvitationsTest {

    private static final String PASSWORD = "a long enough secret";

    private final UseCaseFixture cairn = UseCaseFixture.extractive();
    private final Actor owner = cairn.newOwner("owner@acme.test");

    @Test
    void should_join_with_the_invited_role_when_a_new_person_accepts_the_link() {
        // given
        IssuedInvitation issued = cairn.invite.invite(owner, "New.Person@Acme.test", Role.EDITOR);
        // when
        AccountView joined = cairn.invite.accept(issued.token(), PASSWORD);
        // then
        assertThat(joined.organization().id()).isEqualTo(owner.organizationId());
        assertThat(joined.role()).isEqualTo(Role.EDITOR);
        assertThat(joined.email()).isEqualTo("new.person@acme.test");
        assertThat(cairn.members.list(owner)).extracting(MemberView::email).contains("new.person@acme.test");
        assertThat(issued.invitation().tokenHash()).isNotEqualTo(issued.token());
    }

    @Test
    void should_refuse_the_link_when_it_is_used_a_second_time() {
        // given
        IssuedInvitation issued = cairn.invite.invite(owner, "twice@acme.test", Role.VIEWER);
        cairn.invite.accept(issued.token(), PASSWORD);
        // when / then
        assertThatThrownBy(() -> cairn.invite.accept(issued.token(), PASSWORD))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void should_refuse_the_link_when_it_has_expired() {
        // given
        IssuedInvitation issued = cairn.invite.invite(owner, "late@acme.test", Role.VIEWER);
        cairn.clock.advance(Invitation.VALIDITY.plusMinutes(1));
        // when / then
        assertThatThrownBy(() -> cairn.invite.accept(issued.token(), PASSWORD))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void should_require_the_existing_accounts_password_when_an_existing_user_accepts() {
        // given
        Actor other = cairn.newOwner("known@globex.test");
        IssuedInvitation issued = cairn.invite.invite(owner, "known@globex.test", Role.ADMIN);
        // when / then
        assertThatThrownBy(() -> cairn.invite.accept(issued.token(), "not the password at all"))
                .isInstanceOf(UnauthorizedException.class);
        AccountView joined = cairn.invite.accept(issued.token(), "correct horse battery");
        assertThat(joined.userId()).isEqualTo(other.userId().orElseThrow());
        assertThat(joined.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void should_refuse_when_the_last_owner_demotes_or_removes_themselves() {
        // given
        var self = owner.userId().orElseThrow();
        // when / then
        assertThatThrownBy(() -> cairn.members.changeRole(owner, self, Role.ADMIN))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cairn.members.remove(owner, self)).isInstanceOf(ConflictException.class);
    }

    @Test
    void should_let_an_owner_step_down_when_another_owner_remains() {
        // given
        Actor second = join(Role.OWNER, "second@acme.test");
        // when
        MemberView changed = cairn.members.changeRole(owner, owner.userId().orElseThrow(), Role.ADMIN);
        // then
        assertThat(changed.role()).isEqualTo(Role.ADMIN);
        assertThat(cairn.members.list(second)).extracting(MemberView::role).containsExactly(Role.OWNER, Role.ADMIN);
    }

    @Test
    void should_forbid_an_admin_to_touch_an_owner_or_grant_ownership() {
        // given
        Actor admin = join(Role.ADMIN, "admin@acme.test");
        Actor editor = join(Role.EDITOR, "editor@acme.test");
        // when / then
        assertThatThrownBy(() -> cairn.members.remove(admin, owner.userId().orElseThrow()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cairn.members.changeRole(admin, editor.userId().orElseThrow(), Role.OWNER))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cairn.invite.invite(admin, "boss@acme.test", Role.OWNER))
                .isInstanceOf(ForbiddenException.class);
        assertThat(cairn.members
                        .changeRole(admin, editor.userId().orElseThrow(), Role.VIEWER)
                        .role())
                .isEqualTo(Role.VIEWER);
    }

    @Test
    void should_forbid_editors_and_viewers_to_manage_members() {
        // given
        Actor editor = join(Role.EDITOR, "ed@acme.test");
        // when / then
        assertThatThrownBy(() -> cairn.invite.invite(editor, "x@acme.test", Role.VIEWER))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cairn.members.remove(editor, owner.userId().orElseThrow()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void should_answer_not_found_when_the_member_belongs_to_another_tenant() {
        // given
        Actor foreign = cairn.newOwner("owner@globex.test");
        // when / then
        assertThatThrownBy(() -> cairn.members.remove(owner, foreign.userId().orElseThrow()))
                .isInstanceOf(NotFoundException.class);
    }

    private Actor join(Role role, String email) {
        AccountView joined =
                cairn.invite.accept(cairn.invite.invite(owner, email, role).token(), PASSWORD);
        return Actor.member(joined.userId(), joined.organization().id(), joined.role());
    }
}
