package io.cairn.domain.event;

import java.util.List;

/** The event types a webhook endpoint can subscribe to. */
public final class EventTypes {

    public static final String LEAD_CREATED = "lead.created";
    public static final String CONVERSATION_COMPLETED = "conversation.completed";
    public static final String MESSAGE_FEEDBACK = "message.feedback";
    public static final String SOURCE_SYNC_COMPLETED = "source.sync.completed";
    public static final String SOURCE_SYNC_FAILED = "source.sync.failed";
    public static final String USAGE_THRESHOLD_REACHED = "usage.threshold_reached";

    public static final List<String> ALL = List.of(
            LEAD_CREATED,
            CONVERSATION_COMPLETED,
            MESSAGE_FEEDBACK,
            SOURCE_SYNC_COMPLETED,
            SOURCE_SYNC_FAILED,
            USAGE_THRESHOLD_REACHED);

    private EventTypes() {}
}
