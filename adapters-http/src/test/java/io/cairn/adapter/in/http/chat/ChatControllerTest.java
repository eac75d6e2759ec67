package io.cairn.adapter.in.http.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.in.http.fixtures.Api;
import io.cairn.adapter.in.http.fixtures.FakeAskQuestion;
import io.cairn.adapter.in.http.fixtures.SseEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class ChatControllerTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    FakeAskQuestion askQuestion;

    private Api api;
    private String token;
    private String chatPath;

    @BeforeEach
    void setUp() {
        api = new Api(server, json);
        token = api.accessToken();
        String botId = (String) api.map(api.post("/api/v1/bots", token, Map.of("name", "Helper")))
                .get("id");
        chatPath = "/api/v1/bots/" + botId + "/chat";
    }

    @Test
    void should_stream_meta_tokens_citations_done_in_order_when_accept_is_event_stream() {
        // when
        Api.Reply reply = ask("text/event-stream", Map.of("message", "What is the capital of France?"));

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/event-stream");
        List<SseEvent> events = SseEvent.parse(reply.body());
        assertThat(events)
                .extracting(SseEvent::name)
                .containsExactly("meta", "token", "token", "token", "citations", "done");
        assertThat(data(events.get(0))).containsKeys("conversationId", "messageId");
        assertThat(events.subList(1, 4))
                .extracting(e -> data(e).get("text"))
                .containsExactlyElementsOf(FakeAskQuestion.TOKENS);
        Map<String, Object> citation =
                Api.objects(data(events.get(4)).get("citations")).get(0);
        assertThat(citation)
                .containsEntry("n", 1)
                .containsEntry("url", "https://example.com/france")
                .containsKeys("sourceId", "documentId", "title", "snippet", "score");
        Map<String, Object> done = data(events.get(5));
        assertThat(done).containsEntry("answered", true).containsEntry("mode", "extractive");
        assertThat(Api.object(done.get("usage"))).containsEntry("totalTokens", 49);
        assertThat(askQuestion.lastThread()).doesNotContainIgnoringCase("eventloop");
    }

    @Test
    void should_flush_each_token_when_it_is_produced() {
        // given: the answerer waits after its first token until the client has seen that token
        CountDownLatch seenFirstToken = new CountDownLatch(1);
        askQuestion.holdAfterFirstToken(seenFirstToken);
        HttpRequest.Builder request = api.request(chatPath, token)
                .header("Accept", "text/event-stream")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"Capital?\"}"));

        // when
        HttpResponse<Stream<String>> response = api.stream(request);
        boolean tokenArrivedWhileAnswerWasUnfinished = false;
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                if (it.next().equals("event: token") && seenFirstToken.getCount() == 1) {
                    tokenArrivedWhileAnswerWasUnfinished = true;
                    seenFirstToken.countDown();
                }
            }
        }

        // then: the token came while the answerer still waited, not after it gave up waiting
        assertThat(tokenArrivedWhileAnswerWasUnfinished).isTrue();
        assertThat(askQuestion.gateTimedOut()).isFalse();
    }

    @Test
    void should_answer_whole_json_when_accept_is_json() {
        // when
        Api.Reply reply = ask("application/json", Map.of("message", "What is the capital of France?"));

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        Map<String, Object> answer = api.map(reply);
        assertThat(answer)
                .containsEntry("answer", String.join("", FakeAskQuestion.TOKENS))
                .containsEntry("answered", true)
                .containsEntry("mode", "extractive")
                .containsKeys("conversationId", "messageId");
        assertThat(Api.objects(answer.get("citations"))).hasSize(1);
        assertThat(Api.object(answer.get("usage")))
                .containsEntry("promptTokens", 42)
                .containsEntry("completionTokens", 7)
                .containsEntry("totalTokens", 49);
    }

    @Test
    void should_answer_whole_json_when_accept_is_absent_or_any() {
        // when
        Api.Reply any = ask("*/*", Map.of("message", "Capital?"));
        Api.Reply absent = api.send(api.request(chatPath, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"Capital?\"}")));

        // then
        for (Api.Reply reply : List.of(any, absent)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("application/json");
            assertThat(api.map(reply)).containsKey("answer");
        }
    }

    @Test
    void should_end_the_stream_with_an_error_event_without_leaking_when_answering_fails() {
        // when
        Api.Reply reply = ask("text/event-stream", Map.of("message", "please fail"));

        // then
        List<SseEvent> events = SseEvent.parse(reply.body());
        assertThat(events).extracting(SseEvent::name).containsExactly("meta", "token", "error");
        assertThat(data(events.get(2))).containsEntry("code", "internal_error").containsKey("message");
        assertThat(reply.body()).doesNotContain("sk-test", FakeAskQuestion.SECRET_FAILURE);
    }

    @Test
    void should_answer_400_before_streaming_when_message_is_over_4000_characters() {
        // when
        Api.Reply streamed = ask("text/event-stream", Map.of("message", "x".repeat(4_001)));
        Api.Reply whole = ask("application/json", Map.of("message", "x".repeat(4_001)));

        // then
        for (Api.Reply reply : List.of(streamed, whole)) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(Api.objects(api.map(reply).get("errors")))
                    .extracting(e -> e.get("field"))
                    .containsExactly("message");
        }
    }

    @Test
    void should_answer_404_before_streaming_when_the_bot_is_unknown_or_another_tenants() {
        // given
        String stranger = api.accessToken();

        // when
        Api.Reply unknown = api.send(api.request("/api/v1/bots/nope/chat", token)
                .header("Accept", "text/event-stream")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"hi\"}")));
        Api.Reply foreign = api.send(api.request(chatPath, stranger)
                .header("Accept", "text/event-stream")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"hi\"}")));

        // then
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
    }

    private Api.Reply ask(String accept, Map<String, Object> body) {
        return api.send(api.request(chatPath, token)
                .header("Accept", accept)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(api.write(body))));
    }

    private Map<String, Object> data(SseEvent event) {
        return api.map(new Api.Reply(200, "application/json", event.data(), null));
    }
}
