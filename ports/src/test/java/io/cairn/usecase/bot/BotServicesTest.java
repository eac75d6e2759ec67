package io.cairn.usecase.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.bot.RetrievalSettings;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.source.Source;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.ports.in.bot.CreateBotCommand;
import io.cairn.ports.in.bot.UpdateBotCommand;
import io.cairn.usecase.UseCaseFixture;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class BotServicesTest {

    private final UseCaseFixture cairn = UseCaseFixture.extractive();
    private final Actor owner = cairn.newOwner("owner@acme.test");
    private final Actor stranger = cairn.newOwner("owner@other.test");

    @Test
    void should_create_a_bot_with_a_public_key_in_the_first_workspace_when_none_is_named() {
        // when
        Bot bot = cairn.newBot(owner, "Support bot");
        // then
        assertThat(bot.publicKey()).startsWith("pk_").hasSize(3 + 48);
        assertThat(bot.workspaceId())
                .isEqualTo(cairn.workspaces
                        .listByOrganization(owner.organizationId())
                        .get(0)
                        .id());
        assertThat(cairn.findBots.get(owner, bot.id())).isEqualTo(bot);
        assertThat(cairn.findBots.getByPublicKey(bot.publicKey()).id()).isEqualTo(bot.id());
    }

    @Test
    void should_give_every_bot_its_own_public_key_when_several_are_created() {
        // when
        Bot first = cairn.newBot(owner, "First");
        Bot second = cairn.newBot(owner, "Second");
        // then
        assertThat(first.publicKey()).isNotEqualTo(second.publicKey());
    }

    @Test
    void should_forbid_creating_a_bot_when_the_actor_is_a_viewer() {
        // given
        Actor viewer = cairn.viewerIn(owner);
        // when / then
        assertThatThrownBy(() -> cairn.newBot(viewer, "Sneaky")).isInstanceOf(ForbiddenException.class);
        assertThat(cairn.findBots.list(owner, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void should_not_find_the_workspace_when_it_belongs_to_another_tenant() {
        // given
        WorkspaceId theirs = cairn.workspaces
                .listByOrganization(stranger.organizationId())
                .get(0)
                .id();
        // when / then
        assertThatThrownBy(() -> cairn.createBot.create(owner, new CreateBotCommand("Bot", Optional.of(theirs), null)))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.code()).isEqualTo("workspace_not_found"));
    }

    @Test
    void should_list_only_the_tenants_own_bots_when_several_tenants_have_bots() {
        // given
        Bot mine = cairn.newBot(owner, "Mine");
        cairn.newBot(stranger, "Theirs");
        // when
        var page = cairn.findBots.list(owner, PageRequest.first(10));
        // then
        assertThat(page.items()).extracting(Bot::id).containsExactly(mine.id());
    }

    @Test
    void should_answer_not_found_when_the_bot_belongs_to_another_tenant() {
        // given
        Bot theirs = cairn.newBot(stranger, "Theirs");
        // when / then
        assertThatThrownBy(() -> cairn.findBots.get(owner, theirs.id()))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.code()).isEqualTo("bot_not_found"));
        assertThatThrownBy(() -> cairn.updateBot.update(
                        owner, theirs.id(), new UpdateBotCommand(Optional.of("Hijacked"), UnaryOperator.identity())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cairn.deleteBot.delete(owner, theirs.id())).isInstanceOf(NotFoundException.class);
        assertThat(cairn.findBots.get(stranger, theirs.id()).name()).isEqualTo("Theirs");
    }

    @Test
    void should_rename_and_change_settings_but_keep_the_public_key_when_updated() {
        // given
        Bot bot = cairn.newBot(owner, "Old name");
        var retrieval = new RetrievalSettings(RetrievalMode.KEYWORD, 8, 2.0);
        // when
        Bot updated = cairn.updateBot.update(
                owner, bot.id(), new UpdateBotCommand(Optional.of("New name"), s -> s.withRetrieval(retrieval)));
        // then
        Bot stored = cairn.findBots.get(owner, bot.id());
        assertThat(stored).isEqualTo(updated);
        assertThat(stored.name()).isEqualTo("New name");
        assertThat(stored.settings().retrieval()).isEqualTo(retrieval);
        assertThat(stored.publicKey()).isEqualTo(bot.publicKey());
    }

    @Test
    void should_keep_the_bot_unchanged_when_an_update_is_invalid() {
        // given
        Bot bot = cairn.newBot(owner, "Stable");
        // when / then
        assertThatThrownBy(() -> cairn.updateBot.update(
                        owner,
                        bot.id(),
                        new UpdateBotCommand(
                                Optional.of("Renamed"),
                                s -> s.withRetrieval(new RetrievalSettings(RetrievalMode.HYBRID, 0, 0.5)))))
                .isInstanceOf(ValidationException.class);
        assertThat(cairn.findBots.get(owner, bot.id())).isEqualTo(bot);
    }

    @Test
    void should_forbid_updating_or_deleting_when_the_actor_is_a_viewer() {
        // given
        Bot bot = cairn.newBot(owner, "Guarded");
        Actor viewer = cairn.viewerIn(owner);
        // when / then
        assertThatThrownBy(() -> cairn.updateBot.update(
                        viewer, bot.id(), new UpdateBotCommand(Optional.of("Mine now"), UnaryOperator.identity())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cairn.deleteBot.delete(viewer, bot.id())).isInstanceOf(ForbiddenException.class);
        assertThat(cairn.findBots.get(viewer, bot.id())).isEqualTo(bot);
    }

    @Test
    void should_remove_its_sources_documents_and_index_entries_when_a_bot_is_deleted() {
        // given
        Bot bot = cairn.newBot(owner, "Doomed");
        Bot kept = cairn.newBot(owner, "Kept");
        Source first = cairn.ingestText(owner, bot, "Refunds", "Refunds are accepted within 30 days of purchase.");
        cairn.ingestText(owner, bot, "Shipping", "Orders ship within two business days.");
        cairn.ingestText(owner, kept, "Hours", "The office is open from nine to five.");
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isEqualTo(2);
        // when
        cairn.deleteBot.delete(owner, bot.id());
        // then
        assertThatThrownBy(() -> cairn.findBots.get(owner, bot.id())).isInstanceOf(NotFoundException.class);
        assertThat(cairn.sources
                        .listByBot(owner.organizationId(), bot.id(), PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThat(cairn.documents.listAllBySource(owner.organizationId(), first.id()))
                .isEmpty();
        assertThat(cairn.contents.get(owner.organizationId(), first.id())).isEmpty();
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isZero();
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(kept))).isEqualTo(1);
    }

    @Test
    void should_not_find_a_bot_by_public_key_when_the_key_is_unknown() {
        // when / then
        assertThatThrownBy(() -> cairn.findBots.getByPublicKey("pk_unknown")).isInstanceOf(NotFoundException.class);
    }
}
