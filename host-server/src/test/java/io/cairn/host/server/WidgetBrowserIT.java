package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.cairn.adapter.out.openai.FakeOpenAiServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The widget in a real browser (Debian's Chromium, driven by playwright-core from src/test/node/widget.mjs) against
 * the real server, with a fake model provider streaming canned answers at a readable pace. A test host page with
 * hostile CSS and a strict CSP embeds it with the documented snippet; another page carries XSS payloads in the
 * bot's name, welcome message, a source's title and the model's answer; a third origin is not on the allow-list.
 * Screenshots land in target/widget-screenshots (copies are linked from docs/widget.md). Without Node.js or
 * Chromium this test fails, unless {@code CAIRN_SKIP_NODE_TESTS=true}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WidgetBrowserIT extends ServerContract {

    private static final Path NODE_DIR = Path.of("src", "test", "node");
    private static final Path SCREENSHOTS = Path.of("target", "widget-screenshots");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    private static final String QUESTION = "When does the Kestrel ferry leave Port Arlo?";
    private static final String FACT = "07:40";
    private static final String BOT_NAME = "Harbour desk";
    private static final String WELCOME = "Ahoy! Ask me about ferries.";
    private static final String OWNER_EMAIL = "widget@browser.test";
    private static final String OWNER_PASSWORD = "correct horse battery";

    private final FakeOpenAiServer fake = FakeOpenAiServer.start();
    private final TestSites sites = TestSites.start();
    private ApiClient owner;
    private String botId;
    private String publicKey;
    private String xssKey;

    @Override
    Map<String, Object> serverProperties() {
        return Map.of(
                "cairn.llm.base-url",
                fake.baseUrl().toString(),
                "cairn.llm.api-key",
                "sk-widget-it",
                "cairn.llm.model",
                "fake-model",
                // The test sites live on loopback, on a random port: trust exactly that address and port.
                "cairn.fetch.allowed-ports",
                List.of(80, 443, sites.port()),
                "cairn.fetch.trusted-targets",
                List.of("127.0.0.1:" + sites.port()));
    }

    @Override
    void afterServerStopped() {
        fake.close();
        sites.close();
    }

    @BeforeAll
    void botsOnTheTestSite() throws Exception {
        requireBrowser();
        startServer(Map.of());
        sites.serveWidgetFrom(server.uri().toString().replaceAll("/$", ""));
        owner = new ApiClient(server.uri());
        var signup = server.map(owner.postJson(
                        "/api/v1/auth/signup",
                        "{\"email\":\"" + OWNER_EMAIL + "\",\"password\":\"" + OWNER_PASSWORD + "\","
                                + "\"organizationName\":\"Harbour\"}")
                .body());
        owner.bearer((String) signup.get("accessToken"));
        Map<String, Object> bot = create(
                "/api/v1/bots",
                "{\"name\":\"" + BOT_NAME + "\",\"welcomeMessage\":\"" + WELCOME + "\",\"allowedOrigins\":[\""
                        + sites.origin() + "\"],\"suggestedQuestions\":[\"" + QUESTION + "\"],"
                        + "\"theme\":{\"primaryColor\":\"#1d4e89\",\"position\":\"right\"}}");
        botId = (String) bot.get("id");
        publicKey = (String) bot.get("publicKey");
        awaitReady(botId, create("/api/v1/bots/" + botId + "/sources", urlSource(sites.timetableUrl())));
        Map<String, Object> xssBot = create(
                "/api/v1/bots",
                "{\"name\":" + quote(TestSites.XSS_NAME) + ",\"welcomeMessage\":"
                        + quote(TestSites.xssWelcome(sites.exfilUrl())) + ",\"allowedOrigins\":[\""
                        + sites.origin() + "\"]}");
        xssKey = (String) xssBot.get("publicKey");
        String xssBotId = (String) xssBot.get("id");
        awaitReady(xssBotId, create("/api/v1/bots/" + xssBotId + "/sources", urlSource(sites.craftedUrl())));
        sites.embed(publicKey, xssKey);
    }

    @Test
    @Order(1)
    void should_stream_cite_take_feedback_and_restore_when_driven_by_keyboard_on_a_hostile_page() throws Exception {
        // given
        fake.answerWith("The Kestrel ferry leaves Port Arlo at **" + FACT + "** every morning, from pier three [1].")
                .pacedAt(12);

        // when
        Map<String, Object> seen = runPhase("flow", Map.of());

        // then
        assertThat((String) seen.get("partialSeen")).isNotBlank().doesNotContain("pier three");
        assertThat((String) seen.get("answer")).contains(FACT).contains("pier three");
        assertThat(seen.get("citationOpened")).isEqualTo(sites.timetableUrl());
        assertThat((String) seen.get("citationTitle")).contains("[1]").contains(TestSites.TIMETABLE_TITLE);
        assertThat(seen).containsEntry("feedbackPressed", "true").containsEntry("restored", true);
        assertThat((List<?>) seen.get("cspViolations")).isEmpty();
        var feedback = owner.get("/api/v1/bots/" + botId + "/feedback");
        assertThat(feedback.statusCode()).isEqualTo(200);
        assertThat(server.list(server.map("{\"items\":" + feedback.body() + "}").get("items")))
                .singleElement()
                .satisfies(rating -> assertThat(rating).containsEntry("rating", "up"));
        assertThat(SCREENSHOTS.resolve("launcher-closed.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve("panel-cited-answer.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve("mobile.png")).isNotEmptyFile();
    }

    @Test
    @Order(2)
    void should_keep_every_payload_inert_and_load_nothing_when_name_welcome_source_and_answer_carry_xss()
            throws Exception {
        // given
        fake.answerWith(TestSites.xssAnswer(sites.exfilUrl())).pacedAt(200);

        // when
        Map<String, Object> seen = runPhase("xss", Map.of("BOT_NAME", TestSites.XSS_NAME));

        // then
        Thread.sleep(500);
        assertThat(sites.exfilRequests())
                .as("requests the exfil listener received")
                .isEmpty();
        assertThat((List<?>) seen.get("dialogs")).as("dialogs opened").isEmpty();
        assertThat(objectOf(seen.get("dom")))
                .as("what the payloads left in the widget")
                .containsEntry("images", 0)
                .containsEntry("scriptLinks", 0)
                .containsEntry("handlers", 0)
                .containsEntry("pwned", null);
        assertThat((String) seen.get("answer")).contains("<script>").contains("<img src=x onerror=");
    }

    @Test
    @Order(3)
    void should_refuse_and_say_so_when_the_page_origin_is_not_on_the_allow_list() throws Exception {
        // given
        HttpResponse<String> direct = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.uri().resolve("/widget/" + publicKey + "/config"))
                                .header("Origin", sites.foreignOrigin())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        // when
        Map<String, Object> seen = runPhase("foreign", Map.of());

        // then
        assertThat(direct.statusCode()).isEqualTo(403);
        assertThat(direct.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat((String) seen.get("notice")).contains("This website is not allowed to use this assistant");
        assertThat(seen).containsEntry("inputDisabled", true);
    }

    @Test
    @Order(4)
    void should_retry_after_an_error_stop_on_demand_and_report_messages_when_used_through_the_api() throws Exception {
        // given an answer slow enough to stop halfway
        fake.answerWith("The Kestrel ferry leaves Port Arlo at " + FACT + " every morning, from pier three [1].")
                .pacedAt(4);

        // when
        Map<String, Object> seen = runPhase("controls", Map.of());

        // then
        assertThat((String) seen.get("errorShown")).contains("connection was lost");
        assertThat((String) seen.get("retriedAnswer")).contains(FACT);
        assertThat((String) seen.get("stoppedText")).contains("(stopped)").doesNotContain("pier three");
        assertThat(server.list(seen.get("messages")))
                .extracting(m -> m.get("role"))
                .containsExactly("user", "user", "assistant", "user", "assistant");
        assertThat(seen).containsEntry("closedByApi", true);
    }

    @Test
    @Order(5)
    void should_embed_the_same_widget_for_the_chosen_bot_when_the_playground_allows_its_origin() throws Exception {
        // when
        Map<String, Object> seen = runPhase(
                "playground",
                Map.of("CAIRN_URL", server.uri().toString().replaceAll("/$", ""), "OWNER_EMAIL", OWNER_EMAIL));

        // then
        assertThat(seen).containsEntry("heading", BOT_NAME);
        assertThat(listOf(seen.get("scripts"))).contains("/widget.js");
        assertThat(listOf(server.map(owner.get("/api/v1/bots/" + botId).body()).get("allowedOrigins")))
                .containsExactlyInAnyOrder(
                        sites.origin(), server.uri().toString().replaceAll("/$", ""));
    }

    private Map<String, Object> runPhase(String phase, Map<String, String> extra)
            throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        Path stderr = Files.createTempFile("widget-node", ".err");
        ProcessBuilder builder = new ProcessBuilder("node", "widget.mjs")
                .directory(NODE_DIR.toFile())
                .redirectError(stderr.toFile());
        Map<String, String> env = new HashMap<>(Map.of(
                "CAIRN_PHASE", phase,
                "CHROMIUM_PATH", CHROMIUM,
                "HOST_URL", sites.origin(),
                "FOREIGN_URL", sites.foreignOrigin(),
                "CAIRN_SCREENSHOTS", SCREENSHOTS.toAbsolutePath().toString(),
                "SOURCE_URL", sites.timetableUrl(),
                "QUESTION", QUESTION,
                "FACT", FACT,
                "BOT_NAME", BOT_NAME,
                "WELCOME", WELCOME));
        env.put("OWNER_PASSWORD", OWNER_PASSWORD);
        env.putAll(extra);
        builder.environment().putAll(env);
        Process node = builder.start();
        String stdout = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(180, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            fail("node widget.mjs " + phase + " did not finish within 180 seconds");
        }
        assertThat(node.exitValue())
                .as("node widget.mjs " + phase + " failed:\n" + Files.readString(stderr))
                .isZero();
        String[] lines = stdout.strip().split("\n");
        return server.map(lines[lines.length - 1]);
    }

    private Map<String, Object> create(String path, String json) throws Exception {
        var response = owner.postJson(path, json);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
        return server.map(response.body());
    }

    private static String urlSource(String url) {
        return "{\"type\":\"url\",\"url\":\"" + url + "\"}";
    }

    private void awaitReady(String bot, Map<String, Object> source) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        Object status = null;
        Map<String, Object> latest = Map.of();
        while (System.nanoTime() < deadline) {
            latest = server.map(owner.get("/api/v1/bots/" + bot + "/sources/" + source.get("id"))
                    .body());
            status = latest.get("status");
            if ("ready".equals(status) || "failed".equals(status)) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(status).as("source status: " + latest).isEqualTo("ready");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectOf(Object json) {
        assertThat(json).isInstanceOf(Map.class);
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Object json) {
        assertThat(json).isInstanceOf(List.class);
        return (List<Object>) json;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Fails with a clear message when Node.js, playwright-core or Chromium is missing: CI runs scripts/setup.sh. */
    private static void requireBrowser() {
        Assumptions.assumeFalse(
                "true".equalsIgnoreCase(System.getenv("CAIRN_SKIP_NODE_TESTS")),
                "CAIRN_SKIP_NODE_TESTS=true: the browser tests are skipped");
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("playwright-core"))) {
            fail("playwright-core is not installed in " + NODE_DIR.toAbsolutePath() + ": run scripts/setup.sh");
        }
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            fail(CHROMIUM + " is missing: run scripts/setup.sh (apt-get install chromium)");
        }
    }
}
