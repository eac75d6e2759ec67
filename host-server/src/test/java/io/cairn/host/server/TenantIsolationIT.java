package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated from the server's own route table: every route that takes an id is called as tenant B with tenant A's
 * ids, and must answer 404 and leave A's data as it was. A route with a path variable this test has no tenant-A id
 * for fails the test, so a new route cannot ship without isolation coverage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT {

    /**
     * Routes whose path variable is a public capability, not a tenant's private id: a widget's publishable key is
     * meant to reach its bot from any allowed website, so calling it is not a cross-tenant read. WidgetSecurityIT
     * covers what a key can and cannot reach.
     */
    private static final Set<String> PUBLIC_CAPABILITY_PREFIXES = Set.of("/widget/");

    /**
     * Routes whose variable names no tenant's data: a health indicator, or the payment provider a signed webhook
     * comes from (PaymentWebhooksIT covers those).
     */
    private static final Set<String> NOT_TENANT_DATA_PREFIXES = Set.of("/health/", "/billing/webhooks/");

    /** A body that passes validation for routes that need one, so the answer shows the tenant check, not a 400. */
    private static final Map<String, String> BODIES = Map.of(
            "PATCH /api/v1/bots/{botId}", "{\"name\":\"Taken over\"}",
            "POST /api/v1/bots/{botId}/sources",
                    "{\"type\":\"text\",\"title\":\"Injected\",\"text\":\"Injected text.\"}",
            "POST /api/v1/bots/{botId}/chat", "{\"message\":\"What is the secret?\"}",
            "PATCH /api/v1/members/{userId}", "{\"role\":\"viewer\"}");

    /** Routes that take a multipart upload rather than JSON. */
    private static final Set<String> MULTIPART = Set.of("POST /api/v1/bots/{botId}/sources/files");

    @TempDir
    static Path dir;

    private RunningServer server;
    private ApiClient asA;
    private ApiClient asB;
    private final Map<String, String> idsOfA = new HashMap<>();

    @BeforeAll
    void twoTenants() throws Exception {
        server = new RunningServer(dir, Map.of());
        asA = signUp("owner@a.test", "Tenant A");
        asB = signUp("owner@b.test", "Tenant B");
        String bot = (String) server.map(
                        asA.postJson("/api/v1/bots", "{\"name\":\"A's bot\"}").body())
                .get("id");
        String source = (String) server.map(asA.postJson(
                                "/api/v1/bots/" + bot + "/sources",
                                "{\"type\":\"text\",\"title\":\"Secret\",\"text\":\"The vault code is 4711.\"}")
                        .body())
                .get("id");
        var invitation =
                server.map(asA.postJson("/api/v1/invitations", "{\"email\":\"member@a.test\",\"role\":\"editor\"}")
                        .body());
        var joined = server.map(new ApiClient(server.uri())
                .postJson(
                        "/api/v1/invitations/accept",
                        "{\"token\":\"" + invitation.get("token") + "\",\"password\":\"member password long\"}")
                .body());
        idsOfA.put("botId", bot);
        idsOfA.put("sourceId", source);
        idsOfA.put("userId", (String) ((Map<?, ?>) joined.get("user")).get("id"));
        idsOfA.putAll(TenantIsolationIds.extra(server, asA));
        awaitIngested(bot, source);
    }

    /** The snapshot compares A's data before and after: background ingestion must have settled first. */
    private void awaitIngested(String bot, String source) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Object status = server.map(asA.get("/api/v1/bots/" + bot + "/sources/" + source)
                            .body())
                    .get("status");
            if ("ready".equals(status) || "failed".equals(status)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("tenant A's source was not ingested in time");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void should_answer_404_and_change_nothing_when_tenant_b_uses_tenant_a_ids_on_any_route() throws Exception {
        // given
        List<UriRouteInfo<?, ?>> routes = routesWithIds();
        Map<String, String> before = snapshotOfA();
        List<String> uncovered = new ArrayList<>();
        Map<String, Integer> answers = new LinkedHashMap<>();

        // when
        for (UriRouteInfo<?, ?> route : routes) {
            String template = route.getUriMatchTemplate().toString();
            Map<String, Object> values = new HashMap<>();
            for (String variable : route.getUriMatchTemplate().getVariableNames()) {
                if (!idsOfA.containsKey(variable)) {
                    uncovered.add(route.getHttpMethodName() + " " + template + " {" + variable + "}");
                }
                values.put(variable, idsOfA.getOrDefault(variable, "unknown"));
            }
            String key = route.getHttpMethodName() + " " + template;
            String path = route.getUriMatchTemplate().expand(values);
            String body = BODIES.getOrDefault(key, needsBody(route) ? "{}" : null);
            HttpResponse<String> response = MULTIPART.contains(key)
                    ? asB.upload(path, "injected.txt", "text/plain", "Injected.".getBytes(StandardCharsets.UTF_8))
                    : asB.call(route.getHttpMethodName(), path, body);
            answers.put(key, response.statusCode());
        }

        // then
        assertThat(uncovered)
                .as("routes with a path variable this test has no tenant-A id for")
                .isEmpty();
        assertThat(routes).as("routes that take an id").hasSizeGreaterThanOrEqualTo(8);
        assertThat(answers)
                .allSatisfy((route, status) -> assertThat(status).as(route).isEqualTo(404));
        assertThat(snapshotOfA()).isEqualTo(before);
    }

    private List<UriRouteInfo<?, ?>> routesWithIds() {
        return server.context()
                .getBean(Router.class)
                .uriRoutes()
                .filter(r -> !r.getUriMatchTemplate().getVariableNames().isEmpty())
                .filter(r -> PUBLIC_CAPABILITY_PREFIXES.stream()
                        .noneMatch(p -> r.getUriMatchTemplate().toString().startsWith(p)))
                .filter(r -> NOT_TENANT_DATA_PREFIXES.stream()
                        .noneMatch(p -> r.getUriMatchTemplate().toString().startsWith(p)))
                .filter(r -> !r.getHttpMethodName().equals("OPTIONS")
                        && !r.getHttpMethodName().equals("HEAD"))
                .sorted(Comparator.comparing(r -> r.getHttpMethodName() + r.getUriMatchTemplate()))
                .toList();
    }

    private static boolean needsBody(UriRouteInfo<?, ?> route) {
        return Set.of("POST", "PUT", "PATCH").contains(route.getHttpMethodName());
    }

    /** What tenant A can see of its own data, read as A. */
    private Map<String, String> snapshotOfA() throws Exception {
        Map<String, String> snapshot = new LinkedHashMap<>();
        String bot = idsOfA.get("botId");
        for (String path : List.of(
                "/api/v1/bots",
                "/api/v1/bots/" + bot,
                "/api/v1/bots/" + bot + "/sources/" + idsOfA.get("sourceId"),
                "/api/v1/members")) {
            HttpResponse<String> response = asA.get(path);
            snapshot.put(path, response.statusCode() + " " + response.body());
        }
        return snapshot;
    }

    private ApiClient signUp(String email, String org) throws Exception {
        ApiClient client = new ApiClient(server.uri());
        var body = server.map(client.postJson(
                        "/api/v1/auth/signup",
                        "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\",\"organizationName\":\""
                                + org + "\"}")
                .body());
        client.bearer((String) body.get("accessToken"));
        return client;
    }
}
