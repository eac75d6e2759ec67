package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.tenant.Role;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role matrix: every mutating route, called by a viewer, an editor, an admin and an owner of the same
 * organization. Below the route's minimum role the answer is 403; at or above it, the call goes through. A mutating
 * route missing from {@link #MATRIX} fails the test, so the matrix stays the one place that says who may do what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT {

    /** The OpenAI-compatible chat: its bot is named in the body ({@code model}), not in the path. */
    static final String COMPLETIONS = "POST /v1/chat/completions";

    /** Minimum role of every mutating route. */
    static final Map<String, Role> MATRIX = Map.ofEntries(
            Map.entry("POST /api/v1/bots", Role.EDITOR),
            Map.entry("PATCH /api/v1/bots/{botId}", Role.EDITOR),
            Map.entry("DELETE /api/v1/bots/{botId}", Role.EDITOR),
            Map.entry("POST /api/v1/bots/{botId}/sources", Role.EDITOR),
            Map.entry("POST /api/v1/bots/{botId}/sources/files", Role.EDITOR),
            Map.entry("POST /api/v1/bots/{botId}/sources/{sourceId}/sync", Role.EDITOR),
            Map.entry("DELETE /api/v1/bots/{botId}/sources/{sourceId}", Role.EDITOR),
            Map.entry("POST /api/v1/bots/{botId}/chat", Role.VIEWER),
            Map.entry(COMPLETIONS, Role.VIEWER),
            Map.entry("POST /api/v1/invitations", Role.ADMIN),
            Map.entry("PATCH /api/v1/members/{userId}", Role.ADMIN),
            Map.entry("DELETE /api/v1/members/{userId}", Role.ADMIN),
            Map.entry("POST /api/v1/api-keys", Role.ADMIN),
            Map.entry("DELETE /api/v1/api-keys/{keyId}", Role.ADMIN),
            Map.entry("POST /api/v1/webhooks", Role.ADMIN),
            Map.entry("DELETE /api/v1/webhooks/{webhookId}", Role.ADMIN),
            Map.entry("POST /api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/replay", Role.ADMIN));

    /** Mutating routes no membership role governs: they sign people in or out, or serve a public widget. */
    static final Set<String> NOT_ROLE_GOVERNED = Set.of(
            "POST /api/v1/auth/signup",
            "POST /api/v1/auth/login",
            "POST /api/v1/auth/refresh",
            "POST /api/v1/auth/logout",
            "POST /api/v1/invitations/accept");

    @TempDir
    static Path dir;

    private RunningServer server;
    private WebhookReceiver receiver;
    private ApiClient owner;
    private final Map<Role, ApiClient> members = new EnumMap<>(Role.class);
    private String workspaceId;
    private final AtomicInteger serial = new AtomicInteger();

    @BeforeAll
    void organizationWithEveryRole() throws Exception {
        receiver = new WebhookReceiver(0);
        server = new RunningServer(
                dir,
                Map.of(
                        "cairn.fetch.allowed-ports", List.of(80, 443, receiver.port()),
                        "cairn.fetch.trusted-targets", List.of(receiver.target())));
        owner = new ApiClient(server.uri());
        var signup = server.map(owner.postJson(
                        "/api/v1/auth/signup",
                        "{\"email\":\"owner@matrix.test\",\"password\":\"correct horse battery\","
                                + "\"organizationName\":\"Matrix\"}")
                .body());
        owner.bearer((String) signup.get("accessToken"));
        workspaceId = (String) ((Map<?, ?>) signup.get("workspace")).get("id");
        members.put(Role.OWNER, owner);
        for (Role role : List.of(Role.ADMIN, Role.EDITOR, Role.VIEWER)) {
            ApiClient client = new ApiClient(server.uri());
            client.bearer((String) join(role).get("accessToken"));
            members.put(role, client);
        }
    }

    @AfterAll
    void stop() {
        server.close();
        receiver.close();
    }

    @Test
    void should_refuse_below_the_minimum_role_and_allow_at_or_above_it_for_every_mutating_route() throws Exception {
        // given
        List<String> mutating = mutatingRoutes();
        List<String> unlisted = new ArrayList<>();
        Map<String, String> wrong = new TreeMap<>();

        // when
        for (String route : mutating) {
            Role minimum = MATRIX.get(route);
            if (minimum == null) {
                unlisted.add(route);
                continue;
            }
            for (Role role : Role.values()) {
                int status = call(route, members.get(role));
                boolean allowed = role.ordinal() <= minimum.ordinal();
                boolean ok = allowed ? status < 400 : status == 403;
                if (!ok) {
                    wrong.put(route + " as " + role, status + (allowed ? " (should pass)" : " (should be 403)"));
                }
            }
        }

        // then
        assertThat(unlisted).as("mutating routes missing from the role matrix").isEmpty();
        assertThat(mutating).containsAll(MATRIX.keySet());
        assertThat(wrong).isEmpty();
    }

    @Test
    void should_show_owners_and_admins_who_changed_what_and_refuse_the_log_to_viewers() throws Exception {
        // given
        String bot = create("/api/v1/bots", "{\"name\":\"Audited\"}");
        members.get(Role.VIEWER).call("PATCH", "/api/v1/bots/" + bot, "{\"name\":\"Hijacked\"}");
        owner.call("PATCH", "/api/v1/bots/" + bot, "{\"name\":\"Renamed\"}");

        // when
        HttpResponse<String> asAdmin = members.get(Role.ADMIN).get("/api/v1/audit?limit=500");
        HttpResponse<String> asViewer = members.get(Role.VIEWER).get("/api/v1/audit");

        // then
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body())
                .contains("\"action\":\"PATCH /api/v1/bots/{botId}\",\"resource\":\"/api/v1/bots/" + bot
                        + "\",\"status\":403")
                .contains("\"action\":\"PATCH /api/v1/bots/{botId}\",\"resource\":\"/api/v1/bots/" + bot
                        + "\",\"status\":200")
                .contains("\"ip\":\"");
        assertThat(asViewer.statusCode()).isEqualTo(403);
    }

    private List<String> mutatingRoutes() {
        return server.context()
                .getBean(Router.class)
                .uriRoutes()
                .filter(r -> Set.of("POST", "PUT", "PATCH", "DELETE").contains(r.getHttpMethodName()))
                .map(RoleMatrixIT::key)
                .filter(k -> k.contains(" /api/") || k.contains(" /v1/"))
                .filter(k -> !NOT_ROLE_GOVERNED.contains(k))
                .distinct()
                .sorted()
                .toList();
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate();
    }

    /** Calls the route as the client, on targets the owner has just created so earlier calls cannot interfere. */
    private int call(String route, ApiClient as) throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        String template = route.substring(route.indexOf(' ') + 1);
        Map<String, String> ids = new HashMap<>();
        if (template.contains("{botId}") || route.equals(COMPLETIONS)) {
            ids.put("botId", create("/api/v1/bots", "{\"name\":\"Target " + serial.incrementAndGet() + "\"}"));
        }
        if (template.contains("{sourceId}")) {
            ids.put(
                    "sourceId",
                    create(
                            "/api/v1/bots/" + ids.get("botId") + "/sources",
                            "{\"type\":\"text\",\"title\":\"Note\",\"text\":\"The ferry leaves at nine.\"}"));
        }
        if (template.contains("{userId}")) {
            ids.put("userId", (String) ((Map<?, ?>) join(Role.EDITOR).get("user")).get("id"));
        }
        if (template.contains("{keyId}")) {
            ids.put("keyId", create("/api/v1/api-keys", apiKeyBody()));
        }
        if (template.contains("{deliveryId}")) {
            ids.put("webhookId", create("/api/v1/webhooks", webhookBody("source.sync.completed")));
            ids.put("deliveryId", deliveryOf(ids.get("webhookId")));
        } else if (template.contains("{webhookId}")) {
            ids.put("webhookId", create("/api/v1/webhooks", webhookBody("usage.threshold_reached")));
        }
        String path = template;
        for (var id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        HttpResponse<String> response = route.endsWith("/sources/files")
                ? as.upload(
                        path, "note.txt", "text/plain", "The ferry leaves at nine.".getBytes(StandardCharsets.UTF_8))
                : as.call(method, path, body(route, ids));
        return response.statusCode();
    }

    private String body(String route, Map<String, String> ids) {
        return switch (route) {
            case COMPLETIONS ->
                "{\"model\":\"" + ids.get("botId")
                        + "\",\"messages\":[{\"role\":\"user\",\"content\":\"When does the ferry leave?\"}]}";
            case "POST /api/v1/bots" -> "{\"name\":\"New bot " + serial.incrementAndGet() + "\"}";
            case "PATCH /api/v1/bots/{botId}" -> "{\"name\":\"Renamed\"}";
            case "POST /api/v1/bots/{botId}/sources" -> "{\"type\":\"text\",\"title\":\"T\",\"text\":\"Some text.\"}";
            case "POST /api/v1/bots/{botId}/chat" -> "{\"message\":\"When does the ferry leave?\"}";
            case "POST /api/v1/invitations" ->
                "{\"email\":\"invitee" + serial.incrementAndGet() + "@matrix.test\",\"role\":\"viewer\"}";
            case "PATCH /api/v1/members/{userId}" -> "{\"role\":\"viewer\"}";
            case "POST /api/v1/api-keys" -> apiKeyBody();
            case "POST /api/v1/webhooks" -> webhookBody("usage.threshold_reached");
            default -> route.startsWith("POST") || route.startsWith("PATCH") ? "{}" : null;
        };
    }

    /** An endpoint on the local receiver, which takes every delivery. */
    private String webhookBody(String event) {
        return "{\"workspaceId\":\"" + workspaceId + "\",\"url\":\"" + receiver.url() + "\",\"events\":[\"" + event
                + "\"]}";
    }

    /** A delivery of a webhook subscribed to finished syncs: a new text source's sync causes one. */
    private String deliveryOf(String hook) throws Exception {
        String bot = create("/api/v1/bots", "{\"name\":\"Hooked " + serial.incrementAndGet() + "\"}");
        create("/api/v1/bots/" + bot + "/sources", "{\"type\":\"text\",\"title\":\"N\",\"text\":\"Note.\"}");
        for (int i = 0; i < 300; i++) {
            var items = server.list(server.map(owner.get("/api/v1/webhooks/" + hook + "/deliveries")
                            .body())
                    .get("items"));
            if (!items.isEmpty()) {
                return (String) items.get(0).get("id");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no delivery for webhook " + hook);
    }

    private String apiKeyBody() {
        return "{\"name\":\"Key " + serial.incrementAndGet() + "\",\"workspaceId\":\"" + workspaceId
                + "\",\"scopes\":[\"chat\"]}";
    }

    private String create(String path, String json) throws Exception {
        HttpResponse<String> response = owner.postJson(path, json);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
        return (String) server.map(response.body()).get("id");
    }

    /** A new member with the role, joined through an invitation link; returns the sign-in answer. */
    private Map<String, Object> join(Role role) throws Exception {
        String email = role.name().toLowerCase() + serial.incrementAndGet() + "@matrix.test";
        var invitation = server.map(owner.postJson(
                        "/api/v1/invitations",
                        "{\"email\":\"" + email + "\",\"role\":\"" + role.name().toLowerCase() + "\"}")
                .body());
        return server.map(new ApiClient(server.uri())
                .postJson(
                        "/api/v1/invitations/accept",
                        "{\"token\":\"" + invitation.get("token") + "\",\"password\":\"member password long\"}")
                .body());
    }
}
