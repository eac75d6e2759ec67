package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the server with SIGKILL in the middle of ingesting 500 documents, restarts it on the same data, and checks
 * that every source ends ready or failed with a reason, that no job is left behind, and that no chunk is duplicated.
 * Each storage mode runs it through a subclass.
 */
abstract class IngestionCrashContract {

    private static final int DOCUMENTS = 500;
    private static final Map<String, String> FAST_LEASES =
            Map.of("CAIRN_JOBS_HEARTBEAT_INTERVAL", "1s", "CAIRN_JOBS_POLLING_INTERVAL", "500ms");

    @TempDir
    Path dir;

    private final ObjectMapper json = ObjectMapper.getDefault();

    /** Environment that puts the server on this storage; the data directory is always set. */
    abstract Map<String, String> storageEnv();

    /** The chunks the index holds for the bot, read once the server has stopped. */
    abstract long indexedChunks(Path data, OrganizationId org, BotId bot) throws Exception;

    /** A connection to the relational database, once the server has stopped. */
    abstract Connection database(Path data) throws Exception;

    void afterServerStopped() {}

    @AfterEach
    void cleanUp() {
        afterServerStopped();
    }

    @Test
    void should_finish_every_document_once_when_the_server_is_killed_during_ingestion() throws Exception {
        // given: 500 queued documents, and a server killed while it works through them
        Path data = dir.resolve("data");
        Path log = Path.of("target", "crash-server.log").toAbsolutePath();
        int port = ServerProcess.freePort();
        String org;
        String bot;
        Map<String, String> env = new HashMap<>(FAST_LEASES);
        env.putAll(storageEnv());
        try (ServerProcess first = ServerProcess.start(data, port, env, log)) {
            ApiClient api = new ApiClient(first.uri());
            var signup = map(api.postJson(
                            "/api/v1/auth/signup",
                            "{\"email\":\"ops@example.com\",\"password\":\"correct horse battery\","
                                    + "\"organizationName\":\"Crash Co\"}")
                    .body());
            api.bearer((String) signup.get("accessToken"));
            org = (String) ((Map<?, ?>) signup.get("organization")).get("id");
            bot = (String)
                    map(api.postJson("/api/v1/bots", "{\"name\":\"Crashy\"}").body())
                            .get("id");
            for (int i = 0; i < DOCUMENTS; i++) {
                var response = api.postJson("/api/v1/bots/" + bot + "/sources", textSource(i));
                assertThat(response.statusCode()).isEqualTo(202);
            }
            awaitReady(api, bot, DOCUMENTS / 10);

            // when
            first.kill();
        }
        try (ServerProcess second = ServerProcess.start(data, port, env, log)) {
            ApiClient api = new ApiClient(second.uri());
            api.bearer(token(api));
            List<Map<String, Object>> sources = awaitAllFinal(api, bot);

            // then
            assertThat(sources).hasSize(DOCUMENTS);
            assertThat(sources).allSatisfy(s -> {
                assertThat(s.get("status")).isIn("ready", "failed");
                if (s.get("status").equals("failed")) {
                    assertThat((String) s.get("error")).isNotBlank();
                }
            });
            long expectedChunks = sources.stream()
                    .filter(s -> s.get("status").equals("ready"))
                    .mapToLong(s -> ((Number) s.get("chunks")).longValue())
                    .sum();
            second.close();
            assertThat(indexedChunks(data, OrganizationId.parse(org), BotId.parse(bot)))
                    .isEqualTo(expectedChunks);
            try (Connection db = database(data);
                    var rows = db.createStatement()
                            .executeQuery("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'cairn-job'")) {
                rows.next();
                assertThat(rows.getLong(1)).as("jobs left in the queue").isZero();
            }
        }
    }

    private static String textSource(int i) {
        return "{\"type\":\"text\",\"title\":\"Note " + i + "\",\"text\":\"Note number " + i
                + " records that warehouse " + i + " shipped " + (i * 7) + " crates of apples on day " + i
                + ". The crates were inspected by team " + (i % 13) + " before they left the dock.\"}";
    }

    private String token(ApiClient api) throws Exception {
        return (String) map(api.postJson(
                                "/api/v1/auth/login",
                                "{\"email\":\"ops@example.com\",\"password\":\"correct horse battery\"}")
                        .body())
                .get("accessToken");
    }

    private void awaitReady(ApiClient api, String bot, int atLeast) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            long ready = sources(api, bot).stream()
                    .filter(s -> s.get("status").equals("ready"))
                    .count();
            if (ready >= atLeast) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("ingestion did not start in time");
    }

    private List<Map<String, Object>> awaitAllFinal(ApiClient api, String bot) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        List<Map<String, Object>> sources = List.of();
        while (Instant.now().isBefore(deadline)) {
            sources = sources(api, bot);
            if (sources.size() == DOCUMENTS
                    && sources.stream()
                            .allMatch(s -> s.get("status").equals("ready")
                                    || s.get("status").equals("failed"))) {
                return sources;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("sources still unfinished after the restart: "
                + sources.stream()
                        .filter(s -> !s.get("status").equals("ready")
                                && !s.get("status").equals("failed"))
                        .count());
    }

    private List<Map<String, Object>> sources(ApiClient api, String bot) throws Exception {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/api/v1/bots/" + bot + "/sources?limit=200"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Map<String, Object> page = map(api.get(path).body());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            all.addAll(items);
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        return all;
    }

    private Map<String, Object> map(String body) throws Exception {
        return json.readValue(body, Argument.mapOf(String.class, Object.class));
    }
}
