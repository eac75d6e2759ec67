package io.cairn.usecase.source;

import io.cairn.domain.event.EventTypes;
import io.cairn.domain.event.OutboundEvent;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SyncReport;
import io.cairn.ports.out.events.OutboundEventPort;
import io.cairn.ports.out.persistence.BotRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the source's workspace that a sync run ended: {@code source.sync.completed} or {@code source.sync.failed},
 * with the run's report. A run that could not be announced stays a finished run; the failure is logged.
 */
final class SyncEvents {

    static final SyncEvents NONE = new SyncEvents(null, OutboundEventPort.NONE);
    private static final Logger LOG = LoggerFactory.getLogger(SyncEvents.class);

    private final BotRepository bots;
    private final OutboundEventPort events;

    SyncEvents(BotRepository bots, OutboundEventPort events) {
        this.bots = bots;
        this.events = events;
    }

    void ended(Source source, SyncReport report) {
        if (events == OutboundEventPort.NONE) {
            return;
        }
        try {
            var workspace =
                    bots.findById(source.organizationId(), source.botId()).map(b -> b.workspaceId());
            if (workspace.isEmpty()) {
                return;
            }
            boolean failed = report.status() == IngestStatus.FAILED;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("sourceId", source.id().toString());
            data.put("botId", source.botId().toString());
            data.put("status", report.status().wireName());
            data.put("startedAt", report.startedAt().toString());
            data.put("finishedAt", report.finishedAt().toString());
            data.put("added", report.added());
            data.put("changed", report.changed());
            data.put("removed", report.removed());
            data.put("failed", report.failed());
            data.put("skipped", report.skipped());
            data.put("unchanged", report.unchanged());
            Optional.ofNullable(report.error()).ifPresent(e -> data.put("error", e));
            events.publish(new OutboundEvent(
                    failed ? EventTypes.SOURCE_SYNC_FAILED : EventTypes.SOURCE_SYNC_COMPLETED,
                    source.organizationId(),
                    workspace,
                    data,
                    report.finishedAt()));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the sync event of source {}", source.id(), e);
        }
    }
}
