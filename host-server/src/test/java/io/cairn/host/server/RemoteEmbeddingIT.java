package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.out.openai.FakeOpenAiServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With CAIRN_EMBEDDING_BASE_URL set, the server embeds through an OpenAI-compatible endpoint instead of bge-small. */
class RemoteEmbeddingIT {

    @TempDir
    Path dir;

    @Test
    void should_index_and_search_with_the_remote_embedding_model_when_one_is_configured() throws Exception {
        // given: a fake endpoint with crude bag-of-words vectors
        try (FakeOpenAiServer provider = FakeOpenAiServer.start();
                RunningServer server = new RunningServer(
                        dir,
                        Map.of(
                                "cairn.embedding.base-url",
                                provider.baseUrl().toString(),
                                "cairn.embedding.dimension",
                                64))) {
            ApiClient api = new ApiClient(server.uri());
            var signup = server.map(api.postJson(
                            "/api/v1/auth/signup",
                            "{\"email\":\"emb@example.com\",\"password\":\"correct horse battery\","
                                    + "\"organizationName\":\"Emb\"}")
                    .body());
            api.bearer((String) signup.get("accessToken"));
            String bot = (String)
                    server.map(api.postJson("/api/v1/bots", "{\"name\":\"Remote\",\"retrieval\":{\"minScore\":0.0}}")
                                    .body())
                            .get("id");
            String source = (String) server.map(api.postJson(
                                    "/api/v1/bots/" + bot + "/sources",
                                    "{\"type\":\"text\",\"title\":\"Ferry\",\"text\":\"The island ferry leaves at"
                                            + " nine every morning.\"}")
                            .body())
                    .get("id");

            // when
            Map<String, Object> status = Map.of();
            for (int i = 0; i < 200 && !"ready".equals(status.get("status")); i++) {
                Thread.sleep(100);
                status = server.map(
                        api.get("/api/v1/bots/" + bot + "/sources/" + source).body());
            }
            var answer = api.postJson("/api/v1/bots/" + bot + "/chat", "{\"message\":\"When does the ferry leave?\"}");

            // then
            assertThat(status.get("status")).isEqualTo("ready");
            assertThat(answer.statusCode()).isEqualTo(200);
            // the fake's crude vectors say nothing about answer quality: what matters is that both the passages and
            // the question went through the remote model, at the configured size
            assertThat(provider.requests())
                    .anySatisfy(
                            body -> assertThat(body).contains("island ferry").contains("\"dimensions\":64"))
                    .anySatisfy(body -> assertThat(body).contains("When does the ferry leave?"));
        }
    }
}
