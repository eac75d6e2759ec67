package io.cairn.adapter.in.http.usage;

import io.cairn.ports.in.billing.MetricUsage;
import io.cairn.ports.in.billing.UsageReport;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The usage report: plan, period, each metric against its limit, add-on credits and message credits per bot. */
@Serdeable
public record UsageResponse(
        String plan,
        Instant periodStart,
        Instant periodEnd,
        List<Metric> metrics,
        long addOnCredits,
        List<BotMessages> bots) {

    static UsageResponse from(UsageReport report) {
        return new UsageResponse(
                report.plan(),
                report.period().start(),
                report.period().end(),
                report.metrics().stream().map(Metric::from).toList(),
                report.addOnCredits(),
                report.messagesByBot().entrySet().stream()
                        .map(e -> new BotMessages(e.getKey().toString(), e.getValue()))
                        .sorted(Comparator.comparingLong(BotMessages::messageCredits)
                                .reversed()
                                .thenComparing(BotMessages::botId))
                        .toList());
    }

    /** One metric: {@code limit} and {@code remaining} are null when it is unlimited. */
    @Serdeable
    public record Metric(String metric, Long limit, long used, Long remaining) {

        static Metric from(MetricUsage usage) {
            return usage.unlimited()
                    ? new Metric(usage.metric().code(), null, usage.used(), null)
                    : new Metric(usage.metric().code(), usage.limit(), usage.used(), usage.remaining());
        }
    }

    /** The message credits one bot spent this period. */
    @Serdeable
    public record BotMessages(String botId, long messageCredits) {}
}
