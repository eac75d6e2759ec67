package io.cairn.host.server;

import java.util.HashMap;
import java.util.Map;

/**
 * Tenant A's ids for path variables of routes added after the first isolation test: one entry per variable name.
 * Add the id a new route needs here; the isolation test fails until you do.
 */
final class TenantIsolationIds {

    private TenantIsolationIds() {}

    static Map<String, String> extra(RunningServer server, ApiClient asA) throws Exception {
        Map<String, String> ids = new HashMap<>();
        ids.put("keyId", apiKeyOf(server, asA));
        ids.put("webhookId", webhookOf(server, asA));
        // The webhook id is A's, so the route answers 404 for B before it looks at the delivery at all;
        // OutboundWebhooksIT covers B's own webhook with A's delivery id.
        ids.put("deliveryId", java.util.UUID.randomUUID().toString());
        return ids;
    }

    /** /api/v1/webhooks/{webhookId}/...: an endpoint of A's default workspace, for an event the test never causes. */
    private static String webhookOf(RunningServer server, ApiClient asA) throws Exception {
        Map<?, ?> workspace =
                (Map<?, ?>) server.map(asA.get("/api/v1/me").body()).get("workspace");
        String body = "{\"workspaceId\":\"" + workspace.get("id")
                + "\",\"url\":\"https://93.184.215.14/hook\",\"events\":[\"usage.threshold_reached\"]}";
        return (String)
                server.map(asA.postJson("/api/v1/webhooks", body).body()).get("id");
    }

    /** DELETE /api/v1/api-keys/{keyId}: a key of A's default workspace. */
    private static String apiKeyOf(RunningServer server, ApiClient asA) throws Exception {
        Map<?, ?> workspace =
                (Map<?, ?>) server.map(asA.get("/api/v1/me").body()).get("workspace");
        String body = "{\"name\":\"A's key\",\"workspaceId\":\"" + workspace.get("id") + "\",\"scopes\":[\"chat\"]}";
        return (String)
                server.map(asA.postJson("/api/v1/api-keys", body).body()).get("id");
    }
}
