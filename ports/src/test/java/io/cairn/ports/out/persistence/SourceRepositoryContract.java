package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.anySource;
import static io.cairn.ports.out.persistence.PersistenceFixture.at;
import static io.cairn.ports.out.persistence.PersistenceFixture.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.CrawlSettings;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.source.SyncSchedule;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SourceRepository} shares: the in-memory fake and each database adapter extend it. */
public abstract class SourceRepositoryContract {

    private final OrganizationId orgA = OrganizationId.random();
    private final OrganizationId orgB = OrganizationId.random();
    private final BotId bot = BotId.random();
    private SourceRepository sources;

    /** A repository to test; it may hold other tests' rows, never this test's random tenants. */
    protected abstract SourceRepository newRepository();

    @BeforeEach
    void createRepository() {
        sources = newRepository();
    }

    @Test
    void should_find_source_when_saved() {
        // given
        Source source = anySource(orgA, bot, 1);
        // when
        sources.save(source);
        // then
        assertThat(sources.findById(orgA, source.id())).contains(source);
    }

    @Test
    void should_keep_status_counts_and_sync_time_when_saved_again() {
        // given
        Source source = anySource(orgA, bot, 1);
        sources.save(source);
        sources.save(source.processing());
        // when
        Source failed = source.failed("robots.txt forbids it", 3, 17, at(9));
        sources.save(failed);
        // then
        Source found = sources.findById(orgA, source.id()).orElseThrow();
        assertThat(found).isEqualTo(failed);
        assertThat(found.status()).isEqualTo(IngestStatus.FAILED);
        assertThat(found.error()).isEqualTo("robots.txt forbids it");
        assertThat(found.lastSyncedAt()).contains(at(9));
    }

    @Test
    void should_find_nothing_when_source_belongs_to_another_tenant() {
        // given
        Source source = anySource(orgB, bot, 1);
        sources.save(source);
        // when
        Optional<Source> found = sources.findById(orgA, source.id());
        // then
        assertThat(found).isEmpty();
        assertThat(sources.findById(orgA, SourceId.random())).isEmpty();
        assertThat(sources.listByBot(orgA, bot, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void should_refuse_to_move_source_when_another_tenant_saves_the_same_id() {
        // given
        Source source = anySource(orgA, bot, 1);
        sources.save(source);
        Source hijack = new Source(
                source.id(),
                orgB,
                bot,
                source.type(),
                "Hijack",
                source.location(),
                source.status(),
                null,
                0,
                0,
                source.createdAt(),
                Optional.empty());
        // when / then
        assertThatThrownBy(() -> sources.save(hijack)).isInstanceOf(RuntimeException.class);
        assertThat(sources.findById(orgA, source.id())).contains(source);
        assertThat(sources.findById(orgB, source.id())).isEmpty();
    }

    @Test
    void should_delete_source_when_tenant_owns_it() {
        // given
        Source source = anySource(orgA, bot, 1);
        sources.save(source);
        // when
        boolean deleted = sources.delete(orgA, source.id());
        // then
        assertThat(deleted).isTrue();
        assertThat(sources.findById(orgA, source.id())).isEmpty();
        assertThat(sources.delete(orgA, source.id())).isFalse();
    }

    @Test
    void should_keep_source_when_another_tenant_deletes_it() {
        // given
        Source source = anySource(orgA, bot, 1);
        sources.save(source);
        // when
        boolean deleted = sources.delete(orgB, source.id());
        // then
        assertThat(deleted).isFalse();
        assertThat(sources.findById(orgA, source.id())).contains(source);
    }

    @Test
    void should_walk_sources_of_one_bot_once_in_creation_order_when_following_cursors() {
        // given
        List.of(4, 2, 5, 1, 3).forEach(second -> sources.save(anySource(orgA, bot, second)));
        sources.save(anySource(orgA, BotId.random(), 0));
        sources.save(anySource(orgB, bot, 0));
        // when
        List<Source> walked = walk(2, page -> sources.listByBot(orgA, bot, page));
        // then
        assertThat(walked).extracting(Source::title).containsExactly("Page 1", "Page 2", "Page 3", "Page 4", "Page 5");
    }

    @Test
    void should_keep_crawl_bounds_and_schedule_and_list_due_sources_across_tenants_when_their_time_comes() {
        // given: a daily website in one tenant, an hourly sitemap in another, and a website with no schedule
        var bounds = new CrawlSettings(2, 50, List.of("/docs/**"), List.of("*.pdf", "/docs/old/**"));
        Source daily =
                anySource(orgA, bot, 1).crawledBy(bounds, SyncSchedule.DAILY).ready(4, 9, at(10));
        Source hourly = anySource(orgB, bot, 2)
                .crawledBy(CrawlSettings.defaults(), SyncSchedule.HOURLY)
                .ready(1, 1, at(10));
        Source manual =
                anySource(orgA, bot, 3).crawledBy(bounds, SyncSchedule.OFF).ready(1, 1, at(10));
        List.of(daily, hourly, manual).forEach(sources::save);

        // when
        List<Source> dueInTwoHours = mine(sources.listDue(at(10).plus(Duration.ofHours(2)), 1000));
        List<Source> dueInTwoDays = mine(sources.listDue(at(10).plus(Duration.ofDays(2)), 1000));

        // then
        assertThat(sources.findById(orgA, daily.id())).contains(daily);
        assertThat(daily.nextSyncAt()).contains(at(10).plus(Duration.ofDays(1)));
        assertThat(dueInTwoHours).extracting(Source::id).containsExactly(hourly.id());
        assertThat(dueInTwoDays).extracting(Source::id).containsExactly(hourly.id(), daily.id());
    }

    private List<Source> mine(List<Source> due) {
        return due.stream()
                .filter(s ->
                        s.organizationId().equals(orgA) || s.organizationId().equals(orgB))
                .toList();
    }
}
