package io.cairn.adapter.in.http.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.in.http.fixtures.Api;
import io.cairn.adapter.in.http.fixtures.FakeSources;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@MicronautTest
class SourceControllerTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    FakeSources sources;

    @Inject
    HttpServerConfiguration serverConfiguration;

    private Api api;
    private String token;
    private String sourcesPath;

    @BeforeEach
    void setUp() {
        api = new Api(server, json);
        token = api.accessToken();
        String botId = (String)
                api.map(api.post("/api/v1/bots", token, Map.of("name", "Docs"))).get("id");
        sourcesPath = "/api/v1/bots/" + botId + "/sources";
    }

    @Test
    void should_accept_a_text_source_and_show_it_pending_when_posted() {
        // when
        Api.Reply added = api.post(sourcesPath, token, Map.of("type", "text", "title", "FAQ", "text", "Open 9-5."));

        // then
        assertThat(added.status()).isEqualTo(202);
        Map<String, Object> source = api.map(added);
        assertThat(source)
                .containsEntry("type", "text")
                .containsEntry("status", "pending")
                .containsEntry("title", "FAQ")
                .containsEntry("error", null)
                .containsKeys("documents", "chunks", "lastSyncedAt", "createdAt", "location");
        Api.Reply read = api.get(sourcesPath + "/" + source.get("id"), token);
        assertThat(api.map(read)).containsEntry("id", source.get("id"));
    }

    @Test
    void should_accept_a_url_source_and_list_its_documents() {
        // given
        String id = (String) api.map(api.post(sourcesPath, token, Map.of("type", "url", "url", "https://example.com")))
                .get("id");

        // when
        Api.Reply documents = api.get(sourcesPath + "/" + id + "/documents", token);
        Api.Reply listed = api.get(sourcesPath, token);

        // then
        assertThat(documents.status()).isEqualTo(200);
        Map<String, Object> document =
                Api.objects(api.map(documents).get("items")).get(0);
        assertThat(document).containsKeys("id", "title", "url", "status", "error", "chunks", "updatedAt");
        assertThat(api.map(documents)).containsEntry("nextCursor", null);
        assertThat(Api.objects(api.map(listed).get("items")))
                .extracting(s -> s.get("id"))
                .containsExactly(id);
    }

    @Test
    void should_answer_400_with_errors_when_type_is_unknown_or_text_is_blank() {
        // when
        Api.Reply unknown = api.post(sourcesPath, token, Map.of("type", "carrier-pigeon"));
        Api.Reply blank = api.post(sourcesPath, token, Map.of("type", "text", "title", "Empty", "text", " "));

        // then
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(Api.objects(api.map(unknown).get("errors")))
                .extracting(e -> e.get("field"))
                .containsExactly("type");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(Api.objects(api.map(blank).get("errors")))
                .extracting(e -> e.get("field"))
                .containsExactly("text");
    }

    @Test
    void should_accept_an_upload_and_keep_only_the_file_name_when_posted_as_multipart() {
        // when
        Api.Reply uploaded = api.upload(
                sourcesPath + "/files", token, "../../etc/notes.txt", "hello".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(202);
        assertThat(api.map(uploaded)).containsEntry("type", "file").containsEntry("title", "notes.txt");
        assertThat(sources.lastUpload())
                .hasValueSatisfying(f -> assertThat(f.bytes()).hasSize(5));
    }

    @Test
    void should_answer_413_problem_when_the_upload_is_over_the_limit() {
        // given: the test limit is 4 KiB (cairn.uploads.max-bytes)
        byte[] tooBig = new byte[200 * 1024];

        // when
        Api.Reply reply = api.upload(sourcesPath + "/files", token, "big.bin", tooBig);

        // then
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.map(reply)).containsEntry("code", "payload_too_large");
    }

    @Test
    void should_derive_server_body_limits_from_the_upload_limit_when_starting() {
        // then
        assertThat(serverConfiguration.getMultipart().getMaxFileSize()).isEqualTo(4096);
        // the larger of the upload limit plus multipart overhead and the 1 MiB JSON limit
        assertThat(serverConfiguration.getMaxRequestSize()).isEqualTo(1024 * 1024);
    }

    @Test
    void should_answer_413_before_any_body_byte_arrives_when_the_declared_length_is_over_the_limit() throws Exception {
        // given: a request that announces 16 MiB and then sends nothing at all
        String head = "POST " + sourcesPath + "/files HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\n"
                + "Content-Length: " + (16 * 1024 * 1024) + "\r\n\r\n";

        // when
        String statusLine;
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }

        // then: the server answered without waiting for (or buffering) the body
        assertThat(statusLine).startsWith("HTTP/1.1 413");
    }

    @Test
    @Timeout(30)
    void should_refuse_without_reading_it_when_a_client_keeps_sending_a_large_body() {
        // given: 16 MiB from a client that streams the whole body whatever the server says
        HttpRequest.Builder request = api.request(sourcesPath + "/files", token)
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[16 * 1024 * 1024]));

        // when
        Api.Reply reply;
        try {
            reply = api.send(request);
        } catch (java.io.UncheckedIOException closedEarly) {
            // then (one outcome): the server answered 413 and closed instead of draining the body, and the
            // client, still writing, saw the connection go before it read the answer. The raw-socket test above
            // shows the 413 itself; what matters here is that the server neither accepted nor buffered the upload.
            assertThat(closedEarly).hasMessageContaining("IOException");
            return;
        }
        // then (the other outcome): the client read the answer
        assertThat(reply.status()).isEqualTo(413);
        assertThat(api.map(reply)).containsEntry("code", "payload_too_large");
    }

    @Test
    void should_answer_413_when_the_file_is_over_the_limit_but_the_request_is_not() {
        // given: over 4 KiB of file, under the 4 KiB + overhead request limit
        byte[] justOver = new byte[4097];

        // when
        Api.Reply reply = api.upload(sourcesPath + "/files", token, "big.bin", justOver);

        // then
        assertThat(reply.status()).isEqualTo(413);
        assertThat(api.map(reply)).containsEntry("code", "payload_too_large");
    }

    @Test
    void should_answer_202_then_204_when_syncing_then_deleting() {
        // given
        String id = (String) api.map(api.post(sourcesPath, token, Map.of("type", "url", "url", "https://example.com")))
                .get("id");

        // when
        Api.Reply synced = api.post(sourcesPath + "/" + id + "/sync", token, Map.of());
        Api.Reply deleted = api.delete(sourcesPath + "/" + id, token);

        // then
        assertThat(synced.status()).isEqualTo(202);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(sourcesPath + "/" + id, token).status()).isEqualTo(404);
        assertThat(api.get(sourcesPath + "/nonsense", token).status()).isEqualTo(404);
    }
}
