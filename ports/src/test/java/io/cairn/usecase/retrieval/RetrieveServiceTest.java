package io.cairn.usecase.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.bot.RetrievalSettings;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.retrieval.RankedChunk;
import io.cairn.domain.source.Source;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.retrieval.RetrieveCommand;
import io.cairn.usecase.UseCaseFixture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetrieveServiceTest {

    private final UseCaseFixture cairn = UseCaseFixture.extractive();
    private final Actor owner = cairn.newOwner("owner@acme.test");
    private final Bot bot = cairn.newBot(owner, "Support");
    private final Source refunds =
            cairn.ingestText(owner, bot, "Refunds", "Refunds are accepted within thirty days of purchase.");
    private final Source shipping =
            cairn.ingestText(owner, bot, "Shipping", "Orders ship within two business days worldwide.");
    private final Source hours =
            cairn.ingestText(owner, bot, "Office hours", "The office is open weekdays from nine until five.");

    @Test
    void should_rank_by_bm25_only_when_mode_is_keyword() {
        // when
        List<RankedChunk> ranked = retrieve(bot, "refunds purchase", Optional.of(RetrievalMode.KEYWORD));
        // then
        assertThat(ranked).isNotEmpty();
        assertThat(ranked.get(0).chunk().sourceId()).isEqualTo(refunds.id());
        assertThat(ranked).allSatisfy(r -> {
            assertThat(r.keywordScore()).isPresent();
            assertThat(r.similarity()).isEmpty();
        });
    }

    @Test
    void should_find_nothing_when_mode_is_keyword_and_no_word_matches() {
        // when
        List<RankedChunk> ranked = retrieve(bot, "kangaroo", Optional.of(RetrievalMode.KEYWORD));
        // then
        assertThat(ranked).isEmpty();
    }

    @Test
    void should_rank_by_cosine_similarity_only_when_mode_is_vector() {
        // when
        List<RankedChunk> ranked = retrieve(bot, "office open weekdays", Optional.of(RetrievalMode.VECTOR));
        // then
        assertThat(ranked).hasSize(3);
        assertThat(ranked.get(0).chunk().sourceId()).isEqualTo(hours.id());
        assertThat(ranked).allSatisfy(r -> {
            assertThat(r.similarity()).isPresent();
            assertThat(r.keywordScore()).isEmpty();
        });
        assertThat(ranked.get(0).similarity().getAsDouble())
                .isGreaterThan(ranked.get(1).similarity().getAsDouble());
    }

    @Test
    void should_fuse_both_rankings_when_mode_is_hybrid() {
        // when
        List<RankedChunk> ranked = retrieve(bot, "orders ship business days", Optional.of(RetrievalMode.HYBRID));
        // then
        RankedChunk top = ranked.get(0);
        assertThat(top.chunk().sourceId()).isEqualTo(shipping.id());
        assertThat(top.similarity()).isPresent();
        assertThat(top.keywordScore()).isPresent();
    }

    @Test
    void should_use_the_bots_mode_when_the_command_names_none() {
        // given
        Bot keywordBot = cairn.newBot(
                owner,
                "Keyword bot",
                BotSettings.defaults().withRetrieval(new RetrievalSettings(RetrievalMode.KEYWORD, 5, 1.0)));
        cairn.ingestText(owner, keywordBot, "Refunds", "Refunds are accepted within thirty days of purchase.");
        // when
        List<RankedChunk> ranked = retrieve(keywordBot, "refunds", Optional.empty());
        // then
        assertThat(ranked).singleElement().satisfies(r -> {
            assertThat(r.keywordScore()).isPresent();
            assertThat(r.similarity()).isEmpty();
        });
    }

    @Test
    void should_return_at_most_limit_chunks_when_more_match() {
        // when
        List<RankedChunk> ranked = cairn.retrieve.retrieve(new RetrieveCommand(
                owner.organizationId(), bot.id(), "within days", Optional.of(RetrievalMode.HYBRID), 2));
        // then
        assertThat(ranked).hasSize(2);
    }

    @Test
    void should_search_only_the_bots_own_chunks_when_another_bot_holds_matching_text() {
        // given
        Bot other = cairn.newBot(owner, "Other");
        cairn.ingestText(owner, other, "Kangaroos", "Kangaroos live in the outback.");
        // when
        List<RankedChunk> ranked = retrieve(bot, "kangaroos outback", Optional.of(RetrievalMode.HYBRID));
        // then
        assertThat(ranked)
                .extracting(r -> r.chunk().sourceId())
                .isNotEmpty()
                .isSubsetOf(refunds.id(), shipping.id(), hours.id());
    }

    @Test
    void should_answer_not_found_when_the_bot_belongs_to_another_tenant() {
        // given
        Actor stranger = cairn.newOwner("owner@other.test");
        // when / then
        assertThatThrownBy(() -> cairn.retrieve.retrieve(
                        new RetrieveCommand(stranger.organizationId(), bot.id(), "refunds", Optional.empty(), 5)))
                .isInstanceOf(NotFoundException.class);
    }

    private List<RankedChunk> retrieve(Bot target, String query, Optional<RetrievalMode> mode) {
        return cairn.retrieve.retrieve(new RetrieveCommand(owner.organizationId(), target.id(), query, mode, 10));
    }
}
