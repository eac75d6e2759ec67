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
        return ids;
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
