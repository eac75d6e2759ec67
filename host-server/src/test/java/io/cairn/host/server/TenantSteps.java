package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A signed-up tenant driving one running server over its real API: bots, sources, documents, reports and chat. */
final class TenantSteps {

    private final RunningServer server;
    private final ApiClient api;

    private TenantSteps(RunningServer server, ApiClient api) {
        this.server = server;
        this.api = api;
    }

    static TenantSteps signUp(RunningServer server) throws Exception {
        return signUp(server, UUID.randomUUID().toString());
    }

    /** Signs up {@code name}@example.com with a fixed password, so a restarted server can log the same user in. */
    static TenantSteps signUp(RunningServer server, String name) throws Exception {
        ApiClient api = new ApiClient(server.uri());
        var body = server.map(api.postJson(
                        "/api/v1/auth/signup",
                        "{\"email\":\"" + name + "@example.com\",\"password\":\"correct horse battery\","
                                + "\"organizationName\":\"Crawl Co\"}")
                .body());
        api.bearer((String) body.get("accessToken"));
        return new TenantSteps(server, api);
    }

    static TenantSteps logIn(RunningServer server, String name) throws Exception {
        ApiClient api = new ApiClient(server.uri());
        var body = server.map(api.postJson(
                        "/api/v1/auth/login",
                        "{\"email\":\"" + name + "@example.com\",\"password\":\"correct horse battery\"}")
                .body());
        api.bearer((String) body.get("accessToken"));
        return new TenantSteps(server, api);
    }

    ApiClient api() {
        return api;
    }

    Map<String, Object> map(HttpResponse<String> response) {
        return server.map(response.body());
    }

    /** A bot that answers from whatever it retrieves: the fake embeddings' scores say nothing about relevance. */
    String createBot() throws Exception {
        return (String) map(api.postJson("/api/v1/bots", "{\"name\":\"Crawler\",\"retrieval\":{\"minScore\":0.0}}"))
                .get("id");
    }

    HttpResponse<String> addSource(String bot, String json) throws Exception {
        return api.postJson("/api/v1/bots/" + bot + "/sources", json);
    }

    /** Adds a source, expects 202, and waits for its run to end. */
    Map<String, Object> addAndAwait(String bot, String json) throws Exception {
        HttpResponse<String> added = addSource(bot, json);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(202);
        return awaitFinal(bot, (String) map(added).get("id"));
    }

    Map<String, Object> awaitFinal(String bot, String source) throws Exception {
        Map<String, Object> state = Map.of();
        for (int i = 0; i < 600; i++) {
            state = map(api.get("/api/v1/bots/" + bot + "/sources/" + source));
            if ("ready".equals(state.get("status")) || "failed".equals(state.get("status"))) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("source never finished: " + state);
    }

    Map<String, Object> sync(String bot, String source) throws Exception {
        HttpResponse<String> synced = api.postJson("/api/v1/bots/" + bot + "/sources/" + source + "/sync", "{}");
        assertThat(synced.statusCode()).as(synced.body()).isEqualTo(202);
        return awaitFinal(bot, source);
    }

    /** Every document of a source as url → "status" or "status reason-code", in crawl order. */
    Map<String, String> documents(String bot, String source) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, Object> doc : documentList(bot, source)) {
            String error = (String) doc.get("error");
            String code = error == null ? "" : " " + error.substring(0, error.indexOf(':'));
            out.put((String) doc.get("url"), doc.get("status") + code);
        }
        return out;
    }

    List<Map<String, Object>> documentList(String bot, String source) throws Exception {
        return server.list(map(api.get("/api/v1/bots/" + bot + "/sources/" + source + "/documents?limit=200"))
                .get("items"));
    }

    List<Map<String, Object>> syncReports(String bot, String source) throws Exception {
        return server.list(map(api.get("/api/v1/bots/" + bot + "/sources/" + source + "/syncs"))
                .get("items"));
    }

    Map<String, Object> chat(String bot, String question) throws Exception {
        HttpResponse<String> answer =
                api.postJson("/api/v1/bots/" + bot + "/chat", "{\"message\":\"" + question + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return map(answer);
    }

    List<String> citedUrls(Map<String, Object> answer) {
        return server.list(answer.get("citations")).stream()
                .map(c -> (String) c.get("url"))
                .toList();
    }
}
