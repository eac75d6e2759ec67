package io.cairn.usecase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.out.jobs.Job;
import io.cairn.usecase.UseCaseFixture;
import org.junit.jupiter.api.Test;

class SourceLifecycleTest {

    private final UseCaseFixture cairn = UseCaseFixture.extractive();
    private final Actor owner = cairn.newOwner("owner@acme.test");
    private final Bot bot = cairn.newBot(owner, "Support");

    @Test
    void should_take_only_its_chunks_out_of_the_index_when_a_source_is_deleted() {
        // given
        Source refunds = cairn.ingestText(owner, bot, "Refunds", "Refunds are accepted within 30 days.");
        Source shipping = cairn.ingestText(owner, bot, "Shipping", "Orders ship within two business days.");
        var scope = UseCaseFixture.scopeOf(bot);
        // when
        cairn.deleteSource.delete(owner, bot.id(), refunds.id());
        // then
        assertThat(cairn.index.count(scope)).isEqualTo(shipping.chunkCount());
        assertThat(cairn.index.searchKeyword(scope, "refunds", 10)).isEmpty();
        assertThat(cairn.index.searchKeyword(scope, "orders", 10)).hasSize(1);
        assertThatThrownBy(() -> cairn.findSources.get(owner, bot.id(), refunds.id()))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.code()).isEqualTo("source_not_found"));
        assertThat(cairn.findSources
                        .list(owner, bot.id(), PageRequest.first(10))
                        .items())
                .extracting(Source::id)
                .containsExactly(shipping.id());
        assertThat(cairn.documents.listAllBySource(owner.organizationId(), refunds.id()))
                .isEmpty();
    }

    @Test
    void should_not_find_the_source_when_deleting_it_through_another_bot() {
        // given
        Source refunds = cairn.ingestText(owner, bot, "Refunds", "Refunds are accepted within 30 days.");
        Bot other = cairn.newBot(owner, "Other");
        // when / then
        assertThatThrownBy(() -> cairn.deleteSource.delete(owner, other.id(), refunds.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isEqualTo(1);
    }

    @Test
    void should_forbid_deleting_a_source_when_the_actor_is_a_viewer() {
        // given
        Source refunds = cairn.ingestText(owner, bot, "Refunds", "Refunds are accepted within 30 days.");
        // when / then
        assertThatThrownBy(() -> cairn.deleteSource.delete(cairn.viewerIn(owner), bot.id(), refunds.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(cairn.findSources.get(owner, bot.id(), refunds.id()).status())
                .isEqualTo(IngestStatus.READY);
    }

    @Test
    void should_mark_the_source_pending_and_queue_it_again_when_synced() {
        // given
        Source ready = cairn.ingestText(owner, bot, "Refunds", "Refunds are accepted within 30 days.");
        // when
        Source synced = cairn.syncSource.sync(owner, bot.id(), ready.id());
        // then
        assertThat(synced.status()).isEqualTo(IngestStatus.PENDING);
        assertThat(cairn.findSources.get(owner, bot.id(), ready.id()).status()).isEqualTo(IngestStatus.PENDING);
        assertThat(cairn.jobs.pending())
                .containsExactly(new Job(
                        Job.INGEST_SOURCE, owner.organizationId(), ready.id().toString()));
    }

    @Test
    void should_be_ready_again_with_a_later_sync_time_when_the_requeued_job_runs() {
        // given
        Source ready = cairn.ingestText(owner, bot, "Refunds", "Refunds are accepted within 30 days.");
        cairn.syncSource.sync(owner, bot.id(), ready.id());
        // when
        cairn.runJobs();
        // then
        Source again = cairn.findSources.get(owner, bot.id(), ready.id());
        assertThat(again.status()).isEqualTo(IngestStatus.READY);
        assertThat(again.lastSyncedAt().orElseThrow())
                .isAfter(ready.lastSyncedAt().orElseThrow());
    }

    @Test
    void should_refuse_to_sync_when_the_actor_is_a_viewer_or_another_tenant() {
        // given
        Source ready = cairn.ingestText(owner, bot, "Refunds", "Refunds are accepted within 30 days.");
        Actor stranger = cairn.newOwner("owner@other.test");
        // when / then
        assertThatThrownBy(() -> cairn.syncSource.sync(cairn.viewerIn(owner), bot.id(), ready.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cairn.syncSource.sync(stranger, bot.id(), ready.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(cairn.jobs.pending()).isEmpty();
    }
}
