package io.cairn.adapter.out.jdbc.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.adapter.out.jdbc.bot.JdbcBotRepository;
import io.cairn.adapter.out.jdbc.source.JdbcSourceRepository;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.User;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.out.persistence.PersistenceFixture;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

/** Erasing a tenant on H2; {@code PostgresTenantErasureIT} runs the same under row-level security. */
class JdbcTenantErasureTest {

    protected ApplicationContext context() {
        return H2TestDatabase.context();
    }

    @Test
    void should_remove_every_row_of_the_tenant_and_none_of_another_when_erased() {
        // given: two tenants, each with an organization, a member, a bot and a source
        var doomed = seed("doomed");
        var kept = seed("kept");
        var erasure = context().getBean(JdbcTenantErasure.class);

        // when
        var removed = erasure.erase(doomed);

        // then
        assertThat(removed)
                .containsEntry("organizations", 1L)
                .containsEntry("bots", 1L)
                .containsEntry("sources", 1L)
                .containsEntry("memberships", 1L)
                .containsEntry("users", 1L);
        assertThat(context().getBean(JdbcOrganizationRepository.class).findById(doomed))
                .isEmpty();
        assertThat(context()
                        .getBean(JdbcBotRepository.class)
                        .list(doomed, PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThat(context()
                        .getBean(JdbcBotRepository.class)
                        .list(kept, PageRequest.first(10))
                        .items())
                .hasSize(1);
        assertThat(context().getBean(JdbcMembershipRepository.class).listByOrganization(kept))
                .hasSize(1);
        assertThat(erasure.erase(doomed)).isEmpty();
    }

    private OrganizationId seed(String name) {
        OrganizationId org = OrganizationId.random();
        context()
                .getBean(JdbcOrganizationRepository.class)
                .save(new Organization(org, name, "free", PersistenceFixture.at(1)));
        UserId user = UserId.random();
        context()
                .getBean(JdbcUserRepository.class)
                .save(new User(user, user + "@" + name + ".test", "hash", PersistenceFixture.at(1)));
        context().getBean(JdbcMembershipRepository.class).save(new Membership(org, user, Role.OWNER));
        var bot = PersistenceFixture.anyBot(org, 1);
        context().getBean(JdbcBotRepository.class).save(bot);
        context().getBean(JdbcSourceRepository.class).save(PersistenceFixture.anySource(org, bot.id(), 1));
        return org;
    }
}
