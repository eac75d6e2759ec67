package io.cairn.usecase.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.apikey.ApiKey;
import io.cairn.domain.apikey.ApiKeyId;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import io.cairn.domain.tenant.Workspace;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.ports.fakes.InMemoryApiKeyRepository;
import io.cairn.ports.in.apikey.ApiKeyGrant;
import io.cairn.ports.in.apikey.CreateApiKeyCommand;
import io.cairn.ports.in.apikey.CreatedApiKey;
import io.cairn.ports.in.bot.CreateBotCommand;
import io.cairn.usecase.UseCaseFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyServicesTest {

    private final UseCaseFixture cairn = UseCaseFixture.extractive();
    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final ManageApiKeysService manage = new ManageApiKeysService(keys, cairn.workspaces, cairn.clock);
    private final AuthenticateApiKeyService authenticate =
            new AuthenticateApiKeyService(keys, cairn.memberships, cairn.organizations, cairn.bots, cairn.clock);
    private final Actor owner = cairn.newOwner("ada@example.com");

    @Test
    void should_show_the_secret_once_and_list_only_its_prefix_when_a_key_is_created() {
        // when
        CreatedApiKey created = manage.create(owner, command(ApiKeyScope.CHAT));
        // then
        assertThat(created.secret()).startsWith("ck_").hasSize(67);
        ApiKey listed = manage.list(owner).get(0);
        assertThat(created.secret()).startsWith(listed.prefix());
        assertThat(listed.prefix()).hasSize(11);
        assertThat(listed.hash()).isNotEqualTo(created.secret()).doesNotContain(created.secret());
    }

    @Test
    void should_refuse_when_an_editor_or_viewer_manages_keys() {
        // given
        Actor editor = memberOf(owner, Role.EDITOR);
        ApiKeyId existing =
                manage.create(owner, command(ApiKeyScope.CHAT)).key().id();
        // when / then
        assertThatThrownBy(() -> manage.create(editor, command(ApiKeyScope.CHAT)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> manage.list(cairn.viewerIn(owner))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> manage.revoke(editor, existing)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void should_answer_not_found_when_the_workspace_or_key_belongs_to_another_tenant() {
        // given
        Actor stranger = cairn.newOwner("eve@example.com");
        ApiKeyId adasKey = manage.create(owner, command(ApiKeyScope.CHAT)).key().id();
        // when / then
        assertThatThrownBy(() -> manage.create(stranger, command(ApiKeyScope.CHAT)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> manage.revoke(stranger, adasKey)).isInstanceOf(NotFoundException.class);
        assertThat(manage.list(stranger)).isEmpty();
    }

    @Test
    void should_grant_the_keys_tenant_workspace_and_scopes_when_a_valid_key_is_presented() {
        // given
        CreatedApiKey created = manage.create(owner, command(ApiKeyScope.CHAT, ApiKeyScope.SOURCES_WRITE));
        // when
        Optional<ApiKeyGrant> grant = authenticate.authenticate(created.secret());
        // then
        assertThat(grant).hasValueSatisfying(g -> {
            assertThat(g.organizationId()).isEqualTo(owner.organizationId());
            assertThat(g.workspaceId()).isEqualTo(workspace().id());
            assertThat(g.allows(ApiKeyScope.CHAT)).isTrue();
            assertThat(g.allows(ApiKeyScope.SOURCES_WRITE)).isTrue();
            assertThat(g.allows(ApiKeyScope.ADMIN)).isFalse();
            assertThat(g.role()).isEqualTo(Role.EDITOR);
        });
    }

    @Test
    void should_refuse_a_key_at_once_when_it_is_revoked() {
        // given
        CreatedApiKey created = manage.create(owner, command(ApiKeyScope.CHAT));
        // when
        manage.revoke(owner, created.key().id());
        // then
        assertThat(authenticate.authenticate(created.secret())).isEmpty();
    }

    @Test
    void should_refuse_a_key_when_its_creator_is_no_longer_a_member() {
        // given: an admin who made a key, and whose membership is gone
        Actor departed = Actor.member(UserId.random(), owner.organizationId(), Role.ADMIN);
        CreatedApiKey created = manage.create(departed, command(ApiKeyScope.ADMIN));
        // when
        Optional<ApiKeyGrant> grant = authenticate.authenticate(created.secret());
        // then
        assertThat(grant).isEmpty();
    }

    @Test
    void should_refuse_a_key_while_its_organization_is_suspended() {
        // given
        CreatedApiKey created = manage.create(owner, command(ApiKeyScope.CHAT));
        Organization org = cairn.organizations.findById(owner.organizationId()).orElseThrow();
        cairn.organizations.save(org.suspend(cairn.clock.now()));
        // when
        Optional<ApiKeyGrant> grant = authenticate.authenticate(created.secret());
        // then
        assertThat(grant).isEmpty();
    }

    @Test
    void should_cap_the_keys_role_at_the_creators_current_role_when_the_creator_was_demoted() {
        // given
        Actor admin = memberOf(owner, Role.ADMIN);
        CreatedApiKey created = manage.create(admin, command(ApiKeyScope.ADMIN));
        cairn.memberships.save(
                new Membership(owner.organizationId(), admin.userId().orElseThrow(), Role.VIEWER));
        // when
        Optional<ApiKeyGrant> grant = authenticate.authenticate(created.secret());
        // then
        assertThat(grant).hasValueSatisfying(g -> assertThat(g.role()).isEqualTo(Role.VIEWER));
    }

    @Test
    void should_refuse_when_the_presented_key_is_unknown_or_malformed() {
        // when / then
        assertThat(authenticate.authenticate("ck_" + "0".repeat(64))).isEmpty();
        assertThat(authenticate.authenticate("ck_short")).isEmpty();
        assertThat(authenticate.authenticate(null)).isEmpty();
    }

    @Test
    void should_refuse_key_management_when_the_actor_is_a_key_itself() {
        // given
        Actor keyActor = new Actor(Optional.empty(), owner.organizationId(), Role.ADMIN);
        // when / then
        assertThatThrownBy(() -> manage.create(keyActor, command(ApiKeyScope.CHAT)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void should_reach_only_bots_of_the_keys_workspace() {
        // given
        Workspace other = new Workspace(WorkspaceId.random(), owner.organizationId(), "Other", cairn.clock.now());
        cairn.workspaces.save(other);
        Bot inside = cairn.newBot(owner, "Inside");
        Bot outside = cairn.createBot.create(
                owner, new CreateBotCommand("Outside", Optional.of(other.id()), BotSettings.defaults()));
        ApiKeyGrant grant = authenticate
                .authenticate(manage.create(owner, command(ApiKeyScope.CHAT)).secret())
                .orElseThrow();
        // when / then
        assertThat(authenticate.mayReach(grant, inside.id())).isTrue();
        assertThat(authenticate.mayReach(grant, outside.id())).isFalse();
        assertThat(authenticate.mayReach(grant, BotId.random())).isTrue();
    }

    @Test
    void should_record_use_at_most_once_a_minute_when_a_key_is_used_often() {
        // given
        CreatedApiKey created = manage.create(owner, command(ApiKeyScope.CHAT));
        authenticate.authenticate(created.secret());
        var first = lastUsed(created);
        // when
        authenticate.authenticate(created.secret());
        var unchanged = lastUsed(created);
        cairn.clock.advance(Duration.ofMinutes(2));
        authenticate.authenticate(created.secret());
        // then
        assertThat(first).isPresent();
        assertThat(unchanged).isEqualTo(first);
        assertThat(lastUsed(created).orElseThrow()).isAfter(first.orElseThrow());
    }

    private Optional<Instant> lastUsed(CreatedApiKey created) {
        return keys.findById(owner.organizationId(), created.key().id())
                .orElseThrow()
                .lastUsedAt();
    }

    private CreateApiKeyCommand command(ApiKeyScope... scopes) {
        return new CreateApiKeyCommand("CI", workspace().id(), Set.of(scopes));
    }

    private Workspace workspace() {
        return cairn.workspaces.listByOrganization(owner.organizationId()).get(0);
    }

    private Actor memberOf(Actor owner, Role role) {
        UserId user = UserId.random();
        cairn.memberships.save(new Membership(owner.organizationId(), user, role));
        return Actor.member(user, owner.organizationId(), role);
    }
}
