package io.cairn.usecase.reindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.reindex.ReindexListener;
import io.cairn.ports.in.reindex.ReindexScope;
import io.cairn.ports.in.source.IngestProgress;
import io.cairn.usecase.UseCaseFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReindexServiceTest {

    private static final String HANDBOOK = "Refunds are accepted within 30 days of purchase. "
            + "Shipping is free above fifty euros. Support answers within one business day.";

    private final UseCaseFixture cairn = UseCaseFixture.extractive();
    private final Actor acme = cairn.newOwner("owner@acme.test");
    private final Actor globex = cairn.newOwner("owner@globex.test");
    private final Bot support = cairn.newBot(acme, "Support");
    private final Bot sales = cairn.newBot(acme, "Sales");
    private final Bot other = cairn.newBot(globex, "Other");
    private final List<String> events = new ArrayList<>();

    @Test
    void should_rebuild_every_document_of_the_tenant_without_new_embedding_calls_when_nothing_changed() {
        // given
        Source a = cairn.ingestText(acme, support, "Handbook", HANDBOOK);
        Source b = cairn.ingestText(acme, sales, "Prices", "Our basic plan costs ten euros a month.");
        Source foreign = cairn.ingestText(globex, other, "Other", "Globex makes widgets for every purpose.");
        Instant firstIndexed = documentOf(acme, support, a).updatedAt();
        Instant foreignIndexed = documentOf(globex, other, foreign).updatedAt();
        int embeddedBefore = cairn.embedding.embeddedTexts();
        cairn.clock.advance(Duration.ofHours(1));
        // when
        List<Source> results = cairn.reindex.reindex(new ReindexScope.Tenant(acme.organizationId()), listener());
        // then
        assertThat(results).extracting(Source::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(results).allSatisfy(s -> assertThat(s.status()).isEqualTo(IngestStatus.READY));
        assertThat(documentOf(acme, support, a).updatedAt()).isAfter(firstIndexed);
        assertThat(documentOf(globex, other, foreign).updatedAt()).isEqualTo(foreignIndexed);
        assertThat(cairn.embedding.embeddedTexts()).isEqualTo(embeddedBefore);
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(support))).isEqualTo(a.chunkCount());
        assertThat(events).containsExactlyInAnyOrder("start 1/2", "done 1/2 ready", "start 2/2", "done 2/2 ready");
    }

    @Test
    void should_rebuild_only_that_source_when_the_scope_is_one_source_of_another_bot() {
        // given
        Source a = cairn.ingestText(acme, support, "Handbook", HANDBOOK);
        Source b = cairn.ingestText(acme, sales, "Prices", "Our basic plan costs ten euros a month.");
        Instant before = documentOf(acme, sales, b).updatedAt();
        cairn.clock.advance(Duration.ofHours(1));
        // when
        List<Source> results = cairn.reindex.reindex(new ReindexScope.Source(a.id()), listener());
        // then
        assertThat(results).extracting(Source::id).containsExactly(a.id());
        assertThat(documentOf(acme, sales, b).updatedAt()).isEqualTo(before);
    }

    @Test
    void should_rebuild_the_bots_sources_when_the_scope_is_a_bot() {
        // given
        Source a = cairn.ingestText(acme, support, "Handbook", HANDBOOK);
        cairn.ingestText(acme, sales, "Prices", "Our basic plan costs ten euros a month.");
        // when
        List<Source> results = cairn.reindex.reindex(new ReindexScope.Bot(support.id()), listener());
        // then
        assertThat(results).extracting(Source::id).containsExactly(a.id());
    }

    @Test
    void should_answer_not_found_when_the_source_exists_in_no_tenant() {
        assertThatThrownBy(() -> cairn.reindex.reindex(new ReindexScope.Source(SourceId.random()), listener()))
                .isInstanceOf(NotFoundException.class);
    }

    private ReindexListener listener() {
        return new ReindexListener() {
            @Override
            public IngestProgress started(Source source, int index, int total) {
                events.add("start " + index + "/" + total);
                return IngestProgress.none();
            }

            @Override
            public void finished(Source result, int index, int total) {
                events.add("done " + index + "/" + total + " " + result.status().wireName());
            }
        };
    }

    private Document documentOf(Actor actor, Bot bot, Source source) {
        return cairn.findSources
                .documents(actor, bot.id(), source.id(), PageRequest.first(10))
                .items()
                .get(0);
    }
}
