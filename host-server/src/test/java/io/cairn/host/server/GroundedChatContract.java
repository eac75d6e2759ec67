package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole loop over real HTTP: sign up, create a bot, upload a PDF and a DOCX, wait for ingestion, then ask
 * questions whose answers sit in each file. Each subclass runs it on one storage backend.
 */
abstract class GroundedChatContract extends ServerContract {

    private static final String FALLBACK = "I only know about our telescope and our onboarding policy.";

    private ApiClient api;
    private String botId;
    private String pdfSource;
    private String docxSource;

    @BeforeAll
    void start_server_and_ingest_two_files() throws Exception {
        startServer(Map.of());
        api = new ApiClient(server.uri());
        var signup = api.postJson(
                "/api/v1/auth/signup",
                "{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\",\"organizationName\":\"Ada Labs\"}");
        assertThat(signup.statusCode()).isEqualTo(201);
        api.bearer((String) server.map(signup.body()).get("accessToken"));

        var bot = api.postJson("/api/v1/bots", "{\"name\":\"Support\",\"fallbackMessage\":\"" + FALLBACK + "\"}");
        assertThat(bot.statusCode()).isEqualTo(201);
        botId = (String) server.map(bot.body()).get("id");

        pdfSource = upload(
                "aurora-telescope.pdf",
                "application/pdf",
                Fixtures.pdf(
                        "Aurora-7 telescope",
                        "The Aurora-7 telescope has a primary mirror of 4.2 metres.",
                        "Its mirror surface is polished to an accuracy of twelve nanometres.",
                        "The telescope is cooled with liquid nitrogen during observation nights."));
        docxSource = upload(
                "onboarding.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Fixtures.docx(
                        "Kestrel onboarding policy",
                        "New employees at Kestrel receive their security badge within 48 hours of starting.",
                        "Every new hire is assigned an onboarding buddy from another team for the first month.",
                        "Laptops are shipped to remote employees five working days before their first day."));
        assertThat(awaitFinal(pdfSource).get("status")).isEqualTo("ready");
        assertThat(awaitFinal(docxSource).get("status")).isEqualTo("ready");
    }

    @Test
    void should_answer_from_the_pdf_and_cite_it_when_asked_as_json() throws Exception {
        // when
        var response = api.postJson(
                "/api/v1/bots/" + botId + "/chat", "{\"message\":\"How accurately is the Aurora-7 mirror polished?\"}");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> answer = server.map(response.body());
        assertThat(answer.get("answered")).isEqualTo(true);
        assertThat((String) answer.get("answer")).containsIgnoringCase("twelve nanometres");
        List<Map<String, Object>> citations = server.list(answer.get("citations"));
        assertThat(citations).isNotEmpty();
        assertThat(citations).allSatisfy(c -> assertThat(c.get("sourceId")).isEqualTo(pdfSource));
        assertThat(citations.get(0).get("url")).isEqualTo("aurora-telescope.pdf");
    }

    @Test
    void should_stream_meta_tokens_citations_and_done_when_asked_over_sse() throws Exception {
        // when
        List<ApiClient.SseEvent> events = api.stream(
                "/api/v1/bots/" + botId + "/chat",
                "{\"message\":\"How soon do new employees get their security badge?\"}");

        // then
        List<String> names = events.stream().map(ApiClient.SseEvent::name).toList();
        assertThat(names.get(0)).isEqualTo("meta");
        assertThat(names.subList(1, names.size() - 2)).hasSizeGreaterThan(2).containsOnly("token");
        assertThat(names.subList(names.size() - 2, names.size())).containsExactly("citations", "done");
        String text = String.join(
                "",
                events.stream()
                        .filter(e -> e.name().equals("token"))
                        .map(e -> (String) server.map(e.data()).get("text"))
                        .toList());
        assertThat(text).contains("48 hours");
        var citations =
                server.list(server.map(events.get(events.size() - 2).data()).get("citations"));
        assertThat(citations).isNotEmpty().allSatisfy(c -> assertThat(c.get("sourceId"))
                .isEqualTo(docxSource));
        assertThat(server.map(events.get(events.size() - 1).data()).get("answered"))
                .isEqualTo(true);
    }

    @Test
    void should_send_the_fallback_unanswered_when_the_question_is_unrelated() throws Exception {
        // when
        var response =
                api.postJson("/api/v1/bots/" + botId + "/chat", "{\"message\":\"What is the capital of France?\"}");

        // then
        Map<String, Object> answer = server.map(response.body());
        assertThat(answer.get("answered")).isEqualTo(false);
        assertThat(answer.get("answer")).isEqualTo(FALLBACK);
        assertThat(server.list(answer.get("citations"))).isEmpty();
    }

    @Test
    void should_fail_bad_uploads_with_reasons_and_keep_serving() throws Exception {
        // given
        byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog >> broken".getBytes();
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        // when
        String corruptSource = upload("broken.pdf", "application/pdf", corrupt);
        String pngSource = upload("picture.pdf", "application/pdf", png);
        ApiClient.RawReply tooBig = api.announceUpload("/api/v1/bots/" + botId + "/sources/files", 21L * 1024 * 1024);

        // then
        Map<String, Object> corruptState = awaitFinal(corruptSource);
        assertThat(corruptState.get("status")).isEqualTo("failed");
        assertThat((String) corruptState.get("error")).startsWith("corrupt");
        Map<String, Object> pngState = awaitFinal(pngSource);
        assertThat(pngState.get("status")).isEqualTo("failed");
        assertThat((String) pngState.get("error")).startsWith("unsupported_type");
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(api.get("/health").statusCode()).isEqualTo(200);
        var stillAnswering =
                api.postJson("/api/v1/bots/" + botId + "/chat", "{\"message\":\"What cools the Aurora-7 telescope?\"}");
        assertThat(server.map(stillAnswering.body()).get("answered")).isEqualTo(true);
    }

    private String upload(String name, String type, byte[] bytes) throws Exception {
        HttpResponse<String> response = api.upload("/api/v1/bots/" + botId + "/sources/files", name, type, bytes);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return (String) server.map(response.body()).get("id");
    }

    private Map<String, Object> awaitFinal(String sourceId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> source = server.map(
                    api.get("/api/v1/bots/" + botId + "/sources/" + sourceId).body());
            if (source.get("status").equals("ready") || source.get("status").equals("failed")) {
                return source;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("source " + sourceId + " did not finish in time");
    }
}
