package io.cairn.usecase.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.common.ContentHash;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.source.AddSourceCommand.AddText;
import io.cairn.ports.in.source.AddSourceCommand.AddUrl;
import io.cairn.ports.in.source.AddSourceCommand.TextDocument;
import io.cairn.usecase.UseCaseFixture;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmbeddingCacheIngestionTest {

    private static final String URL = "https://docs.acme.test/handbook";

    private final UseCaseFixture cairn = UseCaseFixture.extractive();
    private final Actor owner = cairn.newOwner("owner@acme.test");
    private final Bot bot = cairn.newBot(owner, "Support");

    @Test
    void should_embed_only_the_new_chunks_when_a_page_changed_in_part() {
        // given
        cairn.fetcher.page(URL, sections(10, "original"));
        Source added = cairn.addSource.add(owner, new AddUrl(bot.id(), URL, true));
        cairn.runJobs();
        List<String> firstInputs = cairn.embedding.inputs();
        cairn.fetcher.page(URL, sections(9, "original") + "\n\n" + section(9, "rewritten"));
        // when
        cairn.syncSource.sync(owner, bot.id(), added.id());
        cairn.runJobs();
        // then
        Source synced = cairn.findSources.get(owner, bot.id(), added.id());
        List<String> secondInputs = cairn.embedding
                .inputs()
                .subList(firstInputs.size(), cairn.embedding.inputs().size());
        assertThat(synced.status()).isEqualTo(IngestStatus.READY);
        assertThat(synced.chunkCount()).isGreaterThan(2);
        assertThat(secondInputs)
                .isNotEmpty()
                .hasSizeLessThan(synced.chunkCount())
                .doesNotContainAnyElementsOf(firstInputs)
                .anySatisfy(input -> assertThat(input).contains("rewritten"));
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isEqualTo(synced.chunkCount());
        assertThat(cairn.index.searchKeyword(UseCaseFixture.scopeOf(bot), "rewritten", 10))
                .isNotEmpty();
    }

    @Test
    void should_make_no_embedding_calls_when_a_second_bot_ingests_identical_text() {
        // given
        Source first = cairn.ingestText(owner, bot, "Handbook", sections(6, "shared"));
        int embeddedBefore = cairn.embedding.embeddedTexts();
        Actor stranger = cairn.newOwner("owner@other.test");
        Bot otherBot = cairn.newBot(stranger, "Other support");
        // when
        Source second = cairn.ingestText(stranger, otherBot, "Handbook", sections(6, "shared"));
        // then
        assertThat(embeddedBefore).isPositive();
        assertThat(cairn.embedding.embeddedTexts()).isEqualTo(embeddedBefore);
        assertThat(second.status()).isEqualTo(IngestStatus.READY);
        assertThat(second.chunkCount()).isEqualTo(first.chunkCount());
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(otherBot))).isEqualTo(first.chunkCount());
    }

    @Test
    void should_embed_a_repeated_chunk_once_when_one_batch_holds_it_twice() {
        // given
        var command = new AddText(
                bot.id(),
                "FAQ import",
                List.of(
                        new TextDocument("faq-1", "FAQ", "Open at nine."),
                        new TextDocument("faq-2", "FAQ", "Open at nine.")),
                true);
        cairn.addSource.add(owner, command);
        // when
        cairn.runJobs();
        // then
        assertThat(cairn.embedding.embeddedTexts()).isEqualTo(1);
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isEqualTo(2);
    }

    @Test
    void should_cache_the_vector_under_the_model_and_the_hash_of_the_embedded_text_when_a_chunk_is_embedded() {
        // when
        cairn.ingestText(owner, bot, "Hours", "The office opens at nine.");
        // then
        String hash = ContentHash.of(cairn.embedding.inputs().get(0));
        assertThat(cairn.embeddingCache.size()).isEqualTo(1);
        assertThat(cairn.embeddingCache.findAll(cairn.embedding.modelId(), List.of(hash)))
                .containsOnlyKeys(hash);
        assertThat(cairn.embeddingCache.findAll("another-model", List.of(hash))).isEmpty();
    }

    private static String sections(int count, String word) {
        return IntStream.range(0, count).mapToObj(p -> section(p, word)).collect(Collectors.joining("\n\n"));
    }

    private static String section(int p, String word) {
        return "Section " + p + " is " + word + " and explains topic number " + p + " in some detail. "
                + "It has a second sentence about item " + p + " and its many careful uses. "
                + "A third sentence adds context, examples and caveats for reader " + p + ". "
                + "Finally, the fourth sentence closes section " + p + " with a short summary.";
    }
}
