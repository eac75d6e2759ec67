package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh server seeds the demo bot from the project's docs/, and it answers "what is Cairn?" citing them. */
class DemoBotIT {

    @TempDir
    Path dataDir;

    @Test
    void should_answer_what_is_cairn_from_the_docs_when_the_server_starts_fresh() throws Exception {
        // given
        Path docs = Path.of("..", "docs").toAbsolutePath().normalize();
        try (RunningServer server = new RunningServer(
                dataDir, Map.of("cairn.demo.enabled", true, "cairn.demo.docs-dir", docs.toString()))) {
            ApiClient api = new ApiClient(server.uri());
            assertThat(api.get("/health").body()).contains("UP");
            var login = api.postJson(
                    "/api/v1/auth/login", "{\"email\":\"demo@cairn.local\",\"password\":\"cairn-demo-password\"}");
            assertThat(login.statusCode()).isEqualTo(200);
            api.bearer((String) server.map(login.body()).get("accessToken"));
            String botId = (String)
                    server.list(server.map(api.get("/api/v1/bots").body()).get("items"))
                            .get(0)
                            .get("id");
            awaitReady(server, api, botId);

            // when
            var response = api.postJson("/api/v1/bots/" + botId + "/chat", "{\"message\":\"What is Cairn?\"}");

            // then
            Map<String, Object> answer = server.map(response.body());
            assertThat(answer.get("answered")).isEqualTo(true);
            assertThat((String) answer.get("answer")).containsIgnoringCase("chatbots");
            List<Map<String, Object>> citations = server.list(answer.get("citations"));
            assertThat(citations).isNotEmpty();
            assertThat(citations).anySatisfy(c -> assertThat((String) c.get("url"))
                    .startsWith("docs/")
                    .endsWith(".md"));
            // the tour's next step, a bot of one's own, fits the demo organization's plan
            var organization =
                    (Map<?, ?>) server.map(api.get("/api/v1/me").body()).get("organization");
            assertThat(organization.get("plan")).isEqualTo("business");
            assertThat(api.postJson("/api/v1/bots", "{\"name\":\"Mine\"}").statusCode())
                    .isEqualTo(201);
        }
    }

    private static void awaitReady(RunningServer server, ApiClient api, String botId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            var sources = server.list(
                    server.map(api.get("/api/v1/bots/" + botId + "/sources").body())
                            .get("items"));
            if (!sources.isEmpty() && sources.get(0).get("status").equals("ready")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the demo bot's docs were not ingested in time");
    }
}
