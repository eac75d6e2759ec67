package io.cairn.usecase.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.source.CrawlSettings;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceType;
import io.cairn.domain.source.SyncSchedule;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.fakes.DirectTransactions;
import io.cairn.ports.fakes.InMemorySourceRepository;
import io.cairn.ports.fakes.MutableClock;
import io.cairn.ports.fakes.RecordingJobQueue;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SyncDueSourcesServiceTest {

    private final MutableClock clock = new MutableClock();
    private final InMemorySourceRepository sources = new InMemorySourceRepository();
    private final RecordingJobQueue jobs = new RecordingJobQueue();
    private final SyncDueSourcesService service =
            new SyncDueSourcesService(sources, jobs, new DirectTransactions(), clock);

    @Test
    void should_queue_each_due_source_once_and_move_it_to_its_next_due_time_when_its_schedule_comes_round() {
        // given: an hourly and a weekly source, both synced now, and one with no schedule
        Source hourly = synced(SyncSchedule.HOURLY);
        Source weekly = synced(SyncSchedule.WEEKLY);
        Source manual = synced(SyncSchedule.OFF);

        // when
        int beforeDue = service.enqueueDue();
        clock.advance(Duration.ofMinutes(61));
        int due = service.enqueueDue();
        int again = service.enqueueDue();

        // then
        assertThat(beforeDue).isZero();
        assertThat(due).isEqualTo(1);
        assertThat(again)
                .as("a queued source is not due again until a full interval later")
                .isZero();
        assertThat(jobs.pending()).singleElement().satisfies(job -> assertThat(job.subjectId())
                .isEqualTo(hourly.id().toString()));
        Source queued = sources.findById(hourly.organizationId(), hourly.id()).orElseThrow();
        assertThat(queued.status()).isEqualTo(IngestStatus.PENDING);
        assertThat(queued.nextSyncAt().orElseThrow())
                .isBetween(clock.now().plus(Duration.ofMinutes(59)), clock.now().plus(Duration.ofMinutes(61)));
        assertThat(sources.findById(weekly.organizationId(), weekly.id())
                        .orElseThrow()
                        .nextSyncAt())
                .contains(weekly.nextSyncAt().orElseThrow());
        assertThat(sources.findById(manual.organizationId(), manual.id())
                        .orElseThrow()
                        .nextSyncAt())
                .isEmpty();
    }

    private Source synced(SyncSchedule schedule) {
        Source source = Source.pending(
                        OrganizationId.random(),
                        BotId.random(),
                        SourceType.WEBSITE,
                        "site",
                        "https://example.com/",
                        clock.now())
                .crawledBy(CrawlSettings.defaults(), schedule)
                .ready(1, 1, clock.now());
        sources.save(source);
        return source;
    }
}
