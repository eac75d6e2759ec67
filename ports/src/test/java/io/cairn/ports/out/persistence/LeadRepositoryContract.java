package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.widget.Lead;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link LeadRepository} shares: the in-memory fake and each database adapter extend it. */
public abstract class LeadRepositoryContract {

    private final OrganizationId orgA = OrganizationId.random();
    private final OrganizationId orgB = OrganizationId.random();
    private final BotId bot = BotId.random();
    private LeadRepository leads;

    /** A repository to test; it may hold other tests' rows, never this test's random tenants. */
    protected abstract LeadRepository newRepository();

    @BeforeEach
    void createRepository() {
        leads = newRepository();
    }

    @Test
    void should_read_back_a_lead_with_and_without_its_conversation() {
        // given
        Lead fromChat = lead(orgA, 1, Optional.of(ConversationId.random()));
        Lead direct = lead(orgA, 2, Optional.empty());
        // when
        leads.save(fromChat);
        leads.save(direct);
        // then
        assertThat(leads.latestByBot(orgA, bot, 10)).containsExactly(direct, fromChat);
    }

    @Test
    void should_list_within_the_limit_and_never_another_tenants_leads() {
        // given
        leads.save(lead(orgA, 1, Optional.empty()));
        Lead newest = lead(orgA, 3, Optional.empty());
        leads.save(newest);
        leads.save(lead(orgB, 5, Optional.empty()));
        // when / then
        assertThat(leads.latestByBot(orgA, bot, 1)).containsExactly(newest);
        assertThat(leads.latestByBot(orgB, bot, 10)).hasSize(1);
    }

    private Lead lead(OrganizationId org, int second, Optional<ConversationId> conversation) {
        return new Lead(
                UUID.randomUUID(),
                org,
                bot,
                conversation,
                "Ada " + second,
                "ada" + second + "@example.com",
                at(second));
    }
}
