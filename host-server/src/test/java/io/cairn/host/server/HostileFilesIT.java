package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.out.scraper.DocumentFixtures;
import io.cairn.adapter.out.scraper.HangingPdfParser;
import io.cairn.adapter.out.scraper.TikaDocumentParserAdapter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser suite over real HTTP: a zip-bomb DOCX, an XXE DOCX, a PDF of ten million characters, an
 * executable declared a PDF, and a PDF whose parser hangs. Each ends failed with a reason, or ready and flagged as
 * truncated, while the server keeps answering health checks and chats.
 */
class HostileFilesIT extends ServerContract {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Duration PARSER_TIMEOUT = Duration.ofSeconds(8);
    /** Far below the 5,000,000 default, so the cut PDF embeds in seconds; the cut is the same code either way. */
    private static final int MAX_CHARS = 200_000;

    private ApiClient api;
    private String botId;

    @Override
    Map<String, Object> serverProperties() {
        return Map.of("cairn.parser.timeout", PARSER_TIMEOUT.toSeconds() + "s", "cairn.parser.max-chars", MAX_CHARS);
    }

    @BeforeAll
    void start_server_with_one_good_file() throws Exception {
        startServer(Map.of());
        api = new ApiClient(server.uri());
        var signup = api.postJson(
                "/api/v1/auth/signup",
                "{\"email\":\"mallory@example.com\",\"password\":\"correct horse battery\",\"organizationName\":\"Mallory Ltd\"}");
        assertThat(signup.statusCode()).isEqualTo(201);
        api.bearer((String) server.map(signup.body()).get("accessToken"));
        var bot = api.postJson("/api/v1/bots", "{\"name\":\"Support\",\"fallbackMessage\":\"I do not know.\"}");
        assertThat(bot.statusCode()).isEqualTo(201);
        botId = (String) server.map(bot.body()).get("id");
        String good = upload(
                "onboarding.docx",
                DOCX,
                Fixtures.docx(
                        "Kestrel onboarding policy",
                        "New employees at Kestrel receive their security badge within 48 hours of starting."));
        assertThat(awaitFinal(good).get("status")).isEqualTo("ready");
    }

    @AfterAll
    void release_the_hanging_parser() {
        HangingPdfParser.release();
    }

    @Test
    void should_fail_as_zip_bomb_when_docx_inflates_a_thousandfold() throws Exception {
        // given: 256 MiB of XML in a file of a few hundred KiB
        byte[] bomb = DocumentFixtures.docxBomb(256);

        // when
        Map<String, Object> source = awaitFinal(upload("bomb.docx", DOCX, bomb));

        // then
        assertThat(source.get("status")).isEqualTo("failed");
        assertThat((String) source.get("error")).startsWith("zip_bomb");
        assertStillServing();
    }

    @Test
    void should_fail_without_the_secret_anywhere_when_docx_declares_external_entity(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // given
        Path secret = Files.writeString(dir.resolve("secret.txt"), "CANARY-SECRET-4d1e quarterly revenue");
        byte[] xxe =
                DocumentFixtures.docxWithExternalEntity(secret.toUri().toString(), "Quarterly report", "PLACEHOLDER");

        // when
        String sourceId = upload("report.docx", DOCX, xxe);
        Map<String, Object> source = awaitFinal(sourceId);

        // then
        assertThat(source.get("status")).isEqualTo("failed");
        assertThat((String) source.get("error")).startsWith("corrupt");
        assertThat(api.get("/api/v1/bots/" + botId + "/sources/" + sourceId + "/documents")
                        .body())
                .doesNotContain("CANARY-SECRET-4d1e");
        assertThat(api.get("/api/v1/bots/" + botId + "/sources").body()).doesNotContain("CANARY-SECRET-4d1e");
        assertThat(chat("What was the quarterly revenue?").body()).doesNotContain("CANARY-SECRET-4d1e");
        assertStillServing();
    }

    @Test
    void should_be_ready_and_flagged_truncated_when_pdf_has_ten_million_characters() throws Exception {
        // given
        byte[] huge = DocumentFixtures.pdfWithAtLeast(10_000_000);

        // when
        String sourceId = upload("huge.pdf", "application/pdf", huge);
        Map<String, Object> source = awaitFinal(sourceId);

        // then
        assertThat(source.get("status")).as(String.valueOf(source.get("error"))).isEqualTo("ready");
        List<Map<String, Object>> documents =
                server.list(server.map(api.get("/api/v1/bots/" + botId + "/sources/" + sourceId + "/documents")
                                .body())
                        .get("items"));
        assertThat(documents).hasSize(1);
        assertThat((String) documents.get(0).get("notice")).startsWith("truncated");
        assertStillServing();
    }

    @Test
    void should_refuse_type_when_executable_is_declared_a_pdf() throws Exception {
        // when
        Map<String, Object> source = awaitFinal(upload("report.pdf", "application/pdf", DocumentFixtures.EXE));

        // then
        assertThat(source.get("status")).isEqualTo("failed");
        assertThat((String) source.get("error")).startsWith("unsupported_type");
        assertStillServing();
    }

    @Test
    void should_time_out_and_keep_serving_while_a_parser_hangs() throws Exception {
        // given
        byte[] pdf = Fixtures.pdf("Hangs", "This file makes the test parser loop forever.");
        int hangingBefore = HangingPdfParser.hanging();

        // when
        String sourceId = upload("cairn-hang.pdf", "application/pdf", pdf);

        // then: while the parser loops, the server answers
        awaitHanging(hangingBefore + 1);
        assertStillServing();
        assertThat(HangingPdfParser.hanging()).isEqualTo(hangingBefore + 1);
        assertThat(awaitStatus(sourceId).get("status")).isNotIn("ready", "failed");
        // and the production watchdog, not the test, ends the document
        Map<String, Object> source = awaitFinal(sourceId);
        assertThat(source.get("status")).isEqualTo("failed");
        assertThat((String) source.get("error")).startsWith("timeout");
        assertThat(server.context().getBean(TikaDocumentParserAdapter.class).stuckThreads())
                .isEqualTo(hangingBefore + 1);
        assertStillServing();
    }

    private void assertStillServing() throws Exception {
        var health = api.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        var answer = chat("How soon do new employees get their security badge?");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(server.map(answer.body()).get("answered")).isEqualTo(true);
        assertThat((String) server.map(answer.body()).get("answer")).contains("48 hours");
    }

    private HttpResponse<String> chat(String question) throws Exception {
        return api.postJson("/api/v1/bots/" + botId + "/chat", "{\"message\":\"" + question + "\"}");
    }

    private String upload(String name, String type, byte[] bytes) throws Exception {
        HttpResponse<String> response = api.upload("/api/v1/bots/" + botId + "/sources/files", name, type, bytes);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return (String) server.map(response.body()).get("id");
    }

    private void awaitHanging(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (HangingPdfParser.hanging() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(HangingPdfParser.hanging())
                .as("parses stuck in the test parser")
                .isEqualTo(count);
    }

    private Map<String, Object> awaitStatus(String sourceId) throws Exception {
        return server.map(
                api.get("/api/v1/bots/" + botId + "/sources/" + sourceId).body());
    }

    private Map<String, Object> awaitFinal(String sourceId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> source = awaitStatus(sourceId);
            if (source.get("status").equals("ready") || source.get("status").equals("failed")) {
                return source;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("source " + sourceId + " did not finish in time");
    }
}
