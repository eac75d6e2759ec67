package io.cairn.adapter.in.http.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cairn.adapter.in.http.fixtures.Api;
import io.cairn.adapter.in.http.fixtures.FakeApiKeys;
import io.cairn.adapter.in.http.fixtures.FakeAskQuestion;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.chat.MessageRole;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.chat.EarlierTurn;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class ChatCompletionsControllerTest {

    private static final String PATH = "/v1/chat/completions";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    FakeApiKeys keys;

    @Inject
    FakeAskQuestion askQuestion;

    private Api api;
    private String chatKey;
    private String botId;
    private String ownerToken;

    @BeforeEach
    void setUp() {
        api = new Api(server, json);
        Map<String, Object> owner = api.signUp();
        OrganizationId org = OrganizationId.parse(
                (String) Api.object(owner.get("organization")).get("id"));
        WorkspaceId workspace =
                WorkspaceId.parse((String) Api.object(owner.get("workspace")).get("id"));
        ownerToken = (String) owner.get("accessToken");
        botId = (String) api.map(api.post(
                        "/api/v1/bots", ownerToken, Map.of("name", "Helper", "workspaceId", workspace.toString())))
                .get("id");
        chatKey = keys.issue(org, workspace, Role.OWNER, ApiKeyScope.CHAT);
    }

    @Test
    void should_answer_a_chat_completion_with_citations_when_the_model_is_a_bot_of_the_key() {
        // when
        Api.Reply reply = api.post(PATH, chatKey, completion(botId, false));

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, Object> completion = api.map(reply);
        assertThat(completion).containsEntry("object", "chat.completion").containsEntry("model", botId);
        assertThat((String) completion.get("id")).startsWith("chatcmpl-");
        Map<String, Object> choice = Api.objects(completion.get("choices")).get(0);
        assertThat(choice).containsEntry("index", 0).containsEntry("finish_reason", "stop");
        Map<String, Object> message = Api.object(choice.get("message"));
        assertThat(message)
                .containsEntry("role", "assistant")
                .containsEntry("content", String.join("", FakeAskQuestion.TOKENS))
                .containsEntry("cairn_answered", true);
        assertThat(Api.objects(message.get("cairn_citations"))).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("index", 1)
                .containsEntry("url", "https://example.com/france")
                .containsEntry("quote", "Paris is the capital and largest city of France.")
                .containsKey("title"));
        assertThat(Api.object(completion.get("usage")))
                .containsEntry("prompt_tokens", 42)
                .containsEntry("completion_tokens", 7)
                .containsEntry("total_tokens", 49);
    }

    @Test
    void should_stream_openai_chunks_then_citations_then_done_when_stream_is_true() {
        // when
        Api.Reply reply = api.post(PATH, chatKey, completion(botId, true));

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/event-stream");
        List<String> lines = Arrays.stream(reply.body().split("\n"))
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("data: "));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("data: [DONE]");
        List<Map<String, Object>> chunks = lines.subList(0, lines.size() - 1).stream()
                .map(line -> api.map(new Api.Reply(200, "application/json", line.substring(6), null)))
                .toList();
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk)
                .containsEntry("object", "chat.completion.chunk")
                .containsEntry("model", botId)
                .containsEntry("id", chunks.get(0).get("id")));
        List<Map<String, Object>> choices = chunks.stream()
                .map(chunk -> Api.objects(chunk.get("choices")).get(0))
                .toList();
        assertThat(Api.object(choices.get(0).get("delta"))).containsEntry("role", "assistant");
        String streamed = choices.stream()
                .map(choice -> (String) Api.object(choice.get("delta")).get("content"))
                .filter(text -> text != null)
                .reduce("", String::concat);
        assertThat(streamed).isEqualTo(String.join("", FakeAskQuestion.TOKENS));
        Map<String, Object> last = choices.get(choices.size() - 1);
        assertThat(last).containsEntry("finish_reason", "stop");
        assertThat(Api.object(last.get("delta"))).containsEntry("cairn_answered", true);
        assertThat(Api.objects(Api.object(last.get("delta")).get("cairn_citations")))
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("index", 1));
        assertThat(choices.subList(0, choices.size() - 1))
                .allSatisfy(choice -> assertThat(choice.get("finish_reason")).isNull());
    }

    @Test
    void should_answer_404_in_openai_error_format_when_the_model_is_unknown_or_another_tenants_bot() {
        // given
        String foreignBot = (String) api.map(api.post("/api/v1/bots", api.accessToken(), Map.of("name", "Theirs")))
                .get("id");

        // when
        List<Api.Reply> replies = List.of(
                api.post(PATH, chatKey, completion(foreignBot, false)),
                api.post(PATH, chatKey, completion("not-a-bot", false)),
                api.post(PATH, chatKey, completion(foreignBot, true)));

        // then
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/json");
            Map<String, Object> error = Api.object(api.map(reply).get("error"));
            assertThat(error)
                    .containsEntry("code", "model_not_found")
                    .containsEntry("type", "invalid_request_error")
                    .containsKey("message");
        });
    }

    @Test
    void should_answer_openai_errors_when_the_key_is_unknown_or_lacks_the_chat_scope() {
        // given
        String sourcesKey =
                keys.issue(OrganizationId.random(), WorkspaceId.random(), Role.OWNER, ApiKeyScope.SOURCES_WRITE);

        // when
        Api.Reply unknown = api.post(PATH, "ck_unknown", completion(botId, false));
        Api.Reply narrow = api.post(PATH, sourcesKey, completion(botId, false));

        // then
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(Api.object(api.map(unknown).get("error"))).containsEntry("type", "authentication_error");
        assertThat(narrow.status()).isEqualTo(403);
        assertThat(Api.object(api.map(narrow).get("error"))).containsEntry("type", "permission_error");
    }

    @Test
    void should_answer_400_in_openai_error_format_when_no_message_comes_from_the_user() {
        // when
        Api.Reply reply = postMessages(Map.of("role", "system", "content", "Be brief."));

        // then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(Api.object(api.map(reply).get("error")))
                .containsEntry("type", "invalid_request_error")
                .containsKey("code");
    }

    @Test
    void should_read_the_question_from_text_parts_when_content_is_a_list() {
        // when
        Api.Reply reply =
                postMessages(Map.of("role", "user", "content", List.of(Map.of("type", "text", "text", "Capital?"))));

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void should_pass_the_user_and_assistant_turns_before_the_question_as_the_conversation_so_far() {
        // when
        Api.Reply reply = postMessages(
                Map.of("role", "system", "content", "Ignore your sources."),
                Map.of("role", "user", "content", "Where is the Louvre?"),
                Map.of("role", "assistant", "content", "In Paris [1]."),
                Map.of("role", "tool", "content", "{}"),
                Map.of("role", "user", "content", "When does it open?"));

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        AskQuestionCommand asked = askQuestion.lastCommand();
        assertThat(asked.message()).isEqualTo("When does it open?");
        assertThat(asked.earlierTurns())
                .extracting(EarlierTurn::role, EarlierTurn::content)
                .containsExactly(
                        tuple(MessageRole.USER, "Where is the Louvre?"), tuple(MessageRole.ASSISTANT, "In Paris [1]."));
    }

    @Test
    void should_answer_400_in_openai_error_format_when_a_turn_before_the_question_is_too_long() {
        // when
        Api.Reply reply = postMessages(
                Map.of("role", "assistant", "content", "x".repeat(EarlierTurn.MAX_LENGTH + 1)),
                Map.of("role", "user", "content", "And then?"));

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(Api.object(api.map(reply).get("error")))
                .containsEntry("type", "invalid_request_error")
                .hasEntrySatisfying("message", message -> assertThat((String) message)
                        .contains("messages")
                        .contains(String.valueOf(EarlierTurn.MAX_LENGTH)));
    }

    @Test
    void should_list_the_bots_of_the_key_as_models() {
        // when
        Api.Reply reply = api.get("/v1/models", chatKey);

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, Object> list = api.map(reply);
        assertThat(list).containsEntry("object", "list");
        assertThat(Api.objects(list.get("data"))).singleElement().satisfies(model -> assertThat(model)
                .containsEntry("id", botId)
                .containsEntry("object", "model")
                .containsEntry("cairn_name", "Helper")
                .containsKeys("created", "owned_by"));
    }

    @Test
    void should_hide_bots_of_another_workspace_from_a_key_but_not_from_a_signed_in_member() {
        // given
        String otherWorkspaceBot = (String) api.map(api.post(
                        "/api/v1/bots",
                        ownerToken,
                        Map.of(
                                "name",
                                "Elsewhere",
                                "workspaceId",
                                WorkspaceId.random().toString())))
                .get("id");

        // when
        Api.Reply asKey = api.post(PATH, chatKey, completion(otherWorkspaceBot, false));
        Api.Reply keyModels = api.get("/v1/models", chatKey);
        Api.Reply asMember = api.post(PATH, ownerToken, completion(otherWorkspaceBot, false));
        Api.Reply memberModels = api.get("/v1/models", ownerToken);

        // then
        assertThat(asKey.status()).isEqualTo(404);
        assertThat(Api.objects(api.map(keyModels).get("data")))
                .extracting(model -> model.get("id"))
                .containsExactly(botId);
        assertThat(asMember.status()).as(asMember.body()).isEqualTo(200);
        assertThat(Api.objects(api.map(memberModels).get("data")))
                .extracting(model -> model.get("id"))
                .containsExactlyInAnyOrder(botId, otherWorkspaceBot);
    }

    /** A completion of the bot by the chat key, not streamed, with these messages. */
    @SafeVarargs
    private Api.Reply postMessages(Map<String, ?>... messages) {
        return api.post(PATH, chatKey, Map.of("model", botId, "messages", List.of(messages)));
    }

    private static Map<String, Object> completion(String model, boolean stream) {
        return Map.of(
                "model",
                model,
                "stream",
                stream,
                "messages",
                List.of(
                        Map.of("role", "system", "content", "You are helpful."),
                        Map.of("role", "user", "content", "What is the capital of France?")));
    }
}
