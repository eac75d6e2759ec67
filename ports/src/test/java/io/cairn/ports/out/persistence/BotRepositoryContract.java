package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.anyBot;
import static io.cairn.ports.out.persistence.PersistenceFixture.tunedSettings;
import static io.cairn.ports.out.persistence.PersistenceFixture.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link BotRepository} shares: the in-memory fake and each database adapter extend it. */
public abstract class BotRepositoryContract {

    private final OrganizationId orgA = OrganizationId.random();
    private final OrganizationId orgB = OrganizationId.random();
    private BotRepository bots;

    /** A repository to test; it may hold other tests' rows, never this test's random tenants. */
    protected abstract BotRepository newRepository();

    @BeforeEach
    void createRepository() {
        bots = newRepository();
    }

    @Test
    void should_find_bot_with_its_settings_when_saved() {
        // given
        Bot bot = anyBot(orgA, 1).withSettings(tunedSettings());
        // when
        bots.save(bot);
        // then
        assertThat(bots.findById(orgA, bot.id())).contains(bot);
    }

    @Test
    void should_keep_identity_secret_and_verification_switch_when_saved() {
        // given
        Bot bot = anyBot(orgA, 1).withSettings(tunedSettings());
        // when
        bots.save(bot);
        // then
        Bot found = bots.findByPublicKey(bot.publicKey()).orElseThrow();
        assertThat(found.identitySecret()).isEqualTo(bot.identitySecret());
        assertThat(found.settings().identityVerification()).isTrue();
    }

    @Test
    void should_replace_bot_when_saved_again() {
        // given
        Bot bot = anyBot(orgA, 1);
        bots.save(bot);
        Bot renamed = bot.withName("Renamed").withSettings(tunedSettings());
        // when
        bots.save(renamed);
        // then
        assertThat(bots.findById(orgA, bot.id())).contains(renamed);
        assertThat(bots.list(orgA, PageRequest.first(10)).items()).containsExactly(renamed);
    }

    @Test
    void should_find_nothing_when_id_is_unknown() {
        // when
        Optional<Bot> found = bots.findById(orgA, BotId.random());
        // then
        assertThat(found).isEmpty();
    }

    @Test
    void should_find_nothing_when_bot_belongs_to_another_tenant() {
        // given
        Bot bot = anyBot(orgB, 1);
        bots.save(bot);
        // when
        Optional<Bot> found = bots.findById(orgA, bot.id());
        // then
        assertThat(found).isEmpty();
        assertThat(bots.list(orgA, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void should_refuse_to_move_bot_when_another_tenant_saves_the_same_id() {
        // given
        Bot bot = anyBot(orgA, 1);
        bots.save(bot);
        Bot hijack = new Bot(
                bot.id(),
                orgB,
                bot.workspaceId(),
                "Hijack",
                bot.publicKey(),
                bot.identitySecret(),
                bot.settings(),
                bot.createdAt());
        // when / then
        assertThatThrownBy(() -> bots.save(hijack)).isInstanceOf(RuntimeException.class);
        assertThat(bots.findById(orgA, bot.id())).contains(bot);
        assertThat(bots.findById(orgB, bot.id())).isEmpty();
    }

    @Test
    void should_find_bot_by_public_key_when_tenant_is_unknown() {
        // given
        Bot bot = anyBot(orgA, 1);
        bots.save(bot);
        // when
        Optional<Bot> found = bots.findByPublicKey(bot.publicKey());
        // then
        assertThat(found).contains(bot);
        assertThat(bots.findByPublicKey(Bot.newPublicKey())).isEmpty();
    }

    @Test
    void should_delete_bot_when_tenant_owns_it() {
        // given
        Bot bot = anyBot(orgA, 1);
        bots.save(bot);
        // when
        boolean deleted = bots.delete(orgA, bot.id());
        // then
        assertThat(deleted).isTrue();
        assertThat(bots.findById(orgA, bot.id())).isEmpty();
        assertThat(bots.findByPublicKey(bot.publicKey())).isEmpty();
        assertThat(bots.delete(orgA, bot.id())).isFalse();
    }

    @Test
    void should_keep_bot_when_another_tenant_deletes_it() {
        // given
        Bot bot = anyBot(orgA, 1);
        bots.save(bot);
        // when
        boolean deleted = bots.delete(orgB, bot.id());
        // then
        assertThat(deleted).isFalse();
        assertThat(bots.findById(orgA, bot.id())).contains(bot);
    }

    @Test
    void should_walk_every_bot_once_in_creation_order_when_following_cursors() {
        // given
        List<Bot> saved = List.of(anyBot(orgA, 3), anyBot(orgA, 1), anyBot(orgA, 5), anyBot(orgA, 2), anyBot(orgA, 4));
        saved.forEach(bots::save);
        bots.save(anyBot(orgB, 0));
        // when
        List<Bot> walked = walk(2, page -> bots.list(orgA, page));
        // then
        assertThat(walked).extracting(Bot::name).containsExactly("Bot 1", "Bot 2", "Bot 3", "Bot 4", "Bot 5");
    }

    @Test
    void should_end_without_cursor_when_last_page_is_full() {
        // given
        bots.save(anyBot(orgA, 1));
        bots.save(anyBot(orgA, 2));
        // when
        var first = bots.list(orgA, PageRequest.first(2));
        // then
        assertThat(first.items()).hasSize(2);
        assertThat(first.nextCursor()).isEmpty();
    }

    @Test
    void should_reject_cursor_when_list_did_not_hand_it_out() {
        // given
        bots.save(anyBot(orgA, 1));
        // when / then
        assertThatThrownBy(() -> bots.list(orgA, new PageRequest(2, Optional.of("not a cursor!"))))
                .isInstanceOf(ValidationException.class);
    }
}
