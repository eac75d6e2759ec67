package io.cairn.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyScopeTest {

    @Test
    void should_read_the_wire_names_when_scopes_are_parsed() {
        // when
        Set<ApiKeyScope> scopes = ApiKeyScope.parseAll(List.of("chat", "sources:write", "admin"));
        // then
        assertThat(scopes).containsExactlyInAnyOrder(ApiKeyScope.CHAT, ApiKeyScope.SOURCES_WRITE, ApiKeyScope.ADMIN);
    }

    @Test
    void should_refuse_when_a_scope_is_unknown_or_none_is_given() {
        // when / then
        assertThatThrownBy(() -> ApiKeyScope.parseAll(List.of("chat", "root"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ApiKeyScope.parseAll(List.of())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ApiKeyScope.parseAll(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void should_let_admin_do_everything_and_other_scopes_only_their_own() {
        // when / then
        assertThat(ApiKeyScope.grants(Set.of(ApiKeyScope.ADMIN), ApiKeyScope.SOURCES_WRITE))
                .isTrue();
        assertThat(ApiKeyScope.grants(Set.of(ApiKeyScope.CHAT), ApiKeyScope.CHAT))
                .isTrue();
        assertThat(ApiKeyScope.grants(Set.of(ApiKeyScope.CHAT), ApiKeyScope.SOURCES_WRITE))
                .isFalse();
        assertThat(ApiKeyScope.grants(Set.of(ApiKeyScope.SOURCES_WRITE), ApiKeyScope.ADMIN))
                .isFalse();
    }

    @Test
    void should_act_with_the_strongest_scopes_role_but_never_above_the_creator() {
        // when / then
        assertThat(ApiKeyScope.actingRole(Set.of(ApiKeyScope.CHAT), Role.OWNER)).isEqualTo(Role.VIEWER);
        assertThat(ApiKeyScope.actingRole(Set.of(ApiKeyScope.CHAT, ApiKeyScope.SOURCES_WRITE), Role.OWNER))
                .isEqualTo(Role.EDITOR);
        assertThat(ApiKeyScope.actingRole(Set.of(ApiKeyScope.ADMIN), Role.OWNER))
                .isEqualTo(Role.ADMIN);
        assertThat(ApiKeyScope.actingRole(Set.of(ApiKeyScope.ADMIN), Role.EDITOR))
                .isEqualTo(Role.EDITOR);
    }

    @Test
    void should_keep_only_a_hash_and_a_short_prefix_of_a_generated_secret() {
        // when
        ApiKeySecret secret = ApiKeySecret.generate();
        // then
        assertThat(ApiKeySecret.isWellFormed(secret.value())).isTrue();
        assertThat(secret.prefix()).hasSize(11).startsWith("ck_");
        assertThat(secret.hash())
                .hasSize(64)
                .isNotEqualTo(ApiKeySecret.generate().hash());
        assertThat(secret.toString()).doesNotContain(secret.value());
    }
}
