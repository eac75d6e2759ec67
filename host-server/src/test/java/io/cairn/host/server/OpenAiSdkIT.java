package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official {@code openai} npm client (installed by scripts/setup.sh into src/test/node) against Cairn's
 * {@code /v1}: a plain and a streamed completion of a bot's grounded answer, with Cairn's citation extension, read
 * through a {@code chat}-scoped API key. Without Node.js this test fails, unless {@code CAIRN_SKIP_NODE_TESTS=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiSdkIT {

    private static final Path NODE_DIR = Path.of("src", "test", "node");
    private static final String FACT = "07:40";

    @TempDir
    static Path dir;

    private RunningServer server;
    private String botId;
    private String foreignBotId;
    private String chatKey;
    private ApiClient owner;

    @BeforeAll
    void botWithOneTextSourceAndAChatKey() throws Exception {
        requireNode();
        server = new RunningServer(dir, Map.of());
        Member member = signUp("ferry@sdk.test", "Ferries");
        owner = member.client();
        botId = create(owner, "/api/v1/bots", "{\"name\":\"Ferry desk\"}");
        String source = create(
                owner,
                "/api/v1/bots/" + botId + "/sources",
                "{\"type\":\"text\",\"title\":\"Timetable\",\"text\":\"The Kestrel ferry leaves Port Arlo every morning"
                        + " at " + FACT + " from pier three. Bicycles travel free of charge.\"}");
        awaitReady(owner, source);
        var key = owner.postJson(
                "/api/v1/api-keys",
                "{\"name\":\"SDK\",\"workspaceId\":\"" + member.workspaceId() + "\",\"scopes\":[\"chat\"]}");
        assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
        chatKey = (String) server.map(key.body()).get("key");
        foreignBotId = create(signUp("other@sdk.test", "Others").client(), "/api/v1/bots", "{\"name\":\"Not yours\"}");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_answer_grounded_plain_and_streamed_completions_when_driven_by_the_official_openai_client()
            throws Exception {
        // when
        Map<String, Object> result = runChatScript();

        // then
        Map<String, Object> completion = object(result.get("completion"));
        assertThat(completion).containsEntry("object", "chat.completion").containsEntry("finishReason", "stop");
        assertThat((String) completion.get("content")).contains(FACT);
        assertThat(completion).containsEntry("answered", true);
        assertThat(server.list(completion.get("citations"))).isNotEmpty().allSatisfy(c -> assertThat(c)
                .containsEntry("title", "Timetable")
                .containsKeys("index", "quote"));

        Map<String, Object> stream = object(result.get("stream"));
        assertThat((String) stream.get("content")).contains(FACT);
        assertThat((Integer) stream.get("chunks")).isGreaterThan(2);
        assertThat(stream).containsEntry("finishReason", "stop").containsEntry("answered", true);
        assertThat(server.list(stream.get("citations"))).isNotEmpty();

        assertThat((List<Object>) result.get("models")).containsExactly(botId);
        assertThat(object(result.get("unknownModel")))
                .containsEntry("name", "NotFoundError")
                .containsEntry("status", 404)
                .containsEntry("code", "model_not_found");
        assertThat(owner.get("/api/v1/audit?limit=50").body())
                .contains(
                        "\"action\":\"POST /v1/chat/completions\",\"resource\":\"/v1/chat/completions\",\"status\":200");
    }

    private Map<String, Object> runChatScript() throws IOException, InterruptedException {
        Path stderr = Files.createTempFile(dir, "node", ".err");
        ProcessBuilder builder = new ProcessBuilder("node", "chat.mjs")
                .directory(NODE_DIR.toFile())
                .redirectError(stderr.toFile());
        builder.environment().put("CAIRN_BASE_URL", server.uri().resolve("/v1").toString());
        builder.environment().put("CAIRN_API_KEY", chatKey);
        builder.environment().put("CAIRN_MODEL", botId);
        builder.environment().put("CAIRN_UNKNOWN_MODEL", foreignBotId);
        builder.environment().put("CAIRN_QUESTION", "When does the Kestrel ferry leave Port Arlo?");
        Process node = builder.start();
        String stdout = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(120, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            fail("node chat.mjs did not finish within 120 seconds");
        }
        assertThat(node.exitValue())
                .as("node chat.mjs failed: " + Files.readString(stderr))
                .isZero();
        return server.map(stdout.strip());
    }

    /** Fails with a clear message when Node.js or the client is missing: CI runs scripts/setup.sh first. */
    private static void requireNode() throws InterruptedException {
        Assumptions.assumeFalse(
                "true".equalsIgnoreCase(System.getenv("CAIRN_SKIP_NODE_TESTS")),
                "CAIRN_SKIP_NODE_TESTS=true: the openai SDK test is skipped");
        try {
            Process version = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            version.getInputStream().readAllBytes();
            if (!version.waitFor(30, TimeUnit.SECONDS) || version.exitValue() != 0) {
                fail("`node --version` failed: install Node.js with scripts/setup.sh");
            }
        } catch (IOException e) {
            fail("Node.js is not installed: run scripts/setup.sh, or set CAIRN_SKIP_NODE_TESTS=true to skip", e);
        }
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("openai"))) {
            fail("The openai client is not installed in " + NODE_DIR.toAbsolutePath()
                    + ": run scripts/setup.sh (it runs npm ci there)");
        }
    }

    /** A signed-in owner and the workspace of their new organization. */
    private record Member(ApiClient client, String workspaceId) {}

    private Member signUp(String email, String organization) throws Exception {
        ApiClient client = new ApiClient(server.uri());
        var signup = client.postJson(
                "/api/v1/auth/signup",
                "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\",\"organizationName\":\""
                        + organization + "\"}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        Map<String, Object> answer = server.map(signup.body());
        client.bearer((String) answer.get("accessToken"));
        return new Member(client, (String) object(answer.get("workspace")).get("id"));
    }

    private String create(ApiClient client, String path, String json) throws Exception {
        var response = client.postJson(path, json);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
        return (String) server.map(response.body()).get("id");
    }

    private void awaitReady(ApiClient client, String source) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Object status = null;
        while (System.nanoTime() < deadline) {
            status = server.map(client.get("/api/v1/bots/" + botId + "/sources/" + source)
                            .body())
                    .get("status");
            if ("ready".equals(status) || "failed".equals(status)) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(status).as("source status").isEqualTo("ready");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
