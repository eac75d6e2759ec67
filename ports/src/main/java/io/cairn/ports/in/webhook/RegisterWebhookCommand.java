package io.cairn.ports.in.webhook;

import io.cairn.domain.common.Text;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.domain.webhook.WebhookEndpoint;
import java.util.List;

/** A new webhook endpoint: the workspace whose events it receives, its URL and the event types it wants. */
public record RegisterWebhookCommand(WorkspaceId workspaceId, String url, List<String> events) {

    public RegisterWebhookCommand {
        if (workspaceId == null) {
            throw new ValidationException("workspaceId", "is required");
        }
        url = Text.required(url, "url", WebhookEndpoint.MAX_URL_LENGTH);
        events = WebhookEndpoint.subscribable(events);
    }
}
