package io.cairn.adapter.in.http.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.ports.in.webhook.RegisterWebhookCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Body of {@code POST /webhooks}. Fields such as {@code secret} or {@code organizationId} are not read. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisterWebhookRequest(
        @Nullable String workspaceId, @Nullable String url, @Nullable List<String> events) {

    RegisterWebhookCommand toCommand() {
        if (workspaceId == null || workspaceId.isBlank()) {
            throw new ValidationException("workspaceId", "is required");
        }
        return new RegisterWebhookCommand(WorkspaceId.parse(workspaceId), url, events);
    }
}
