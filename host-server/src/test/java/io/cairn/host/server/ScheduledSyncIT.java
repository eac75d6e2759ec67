package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheduled sync is durable: the schedule is stored with the source, and a restarted server runs it when due. */
class ScheduledSyncIT {

    @TempDir
    Path dir;

    @Test
    void should_run_a_due_scheduled_sync_after_a_restart_and_schedule_the_next_one() throws Exception {
        try (TestWebsite site = TestWebsite.start()) {
            site.page("/", "Opening hours", "The shop opens at nine and closes at five.");
            Map<String, Object> props = Map.of(
                    "cairn.fetch.allowed-ports",
                    List.of(80, 443, site.port()),
                    "cairn.fetch.trusted-targets",
                    List.of(site.target()),
                    "cairn.fetch.crawl-delay",
                    "0ms",
                    "cairn.jobs.recurring-interval",
                    "1s");
            String bot;
            String source;
            Instant firstNext;
            try (RunningServer first = new RunningServer(dir, props)) {
                TenantSteps tenant = TenantSteps.signUp(first, "hourly-owner");
                bot = tenant.createBot();
                Map<String, Object> added = tenant.addAndAwait(
                        bot, "{\"type\":\"website\",\"url\":\"" + site.url("/") + "\",\"schedule\":\"hourly\"}");
                source = (String) added.get("id");
                firstNext = Instant.parse((String) added.get("nextSyncAt"));
                assertThat(added.get("schedule")).isEqualTo("hourly");
                assertThat(Duration.between(Instant.now(), firstNext))
                        .isBetween(Duration.ofMinutes(55), Duration.ofMinutes(61));
                site.page("/", "Opening hours", "The shop now opens at eight and closes at six.");
            }

            try (RunningServer second = new RunningServer(dir, props)) {
                // when: the hour has passed while the server was down
                DataSource db = second.context()
                        .getBean(io.micronaut.jdbc.DataSourceResolver.class)
                        .resolve(second.context().getBean(DataSource.class));
                try (var c = db.getConnection();
                        var update = c.prepareStatement("UPDATE sources SET next_sync_at = ? WHERE id = ?")) {
                    update.setObject(1, java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
                    update.setObject(2, java.util.UUID.fromString(source));
                    update.executeUpdate();
                }
                TenantSteps tenant = TenantSteps.logIn(second, "hourly-owner");
                List<Map<String, Object>> reports = List.of();
                for (int i = 0; i < 150 && reports.size() < 2; i++) {
                    Thread.sleep(100);
                    reports = tenant.syncReports(bot, source);
                }

                // then
                assertThat(reports).hasSize(2);
                assertThat(reports.get(0)).containsEntry("changed", 1);
                Map<String, Object> after = tenant.awaitFinal(bot, source);
                assertThat(Instant.parse((String) after.get("nextSyncAt"))).isAfter(firstNext);
                assertThat(tenant.citedUrls(tenant.chat(bot, "When does the shop open now?")))
                        .contains(site.url("/"));
            }
        }
    }
}
