package io.cairn.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's CLI on a real embedded data directory: create, ingest with progress, ask, evaluate, fail cleanly. */
class CairnCliIT {

    @TempDir
    Path dir;

    @Test
    void should_create_ingest_ask_and_evaluate_when_driven_from_the_command_line() throws Exception {
        // given
        Map<String, String> env = Map.of("CAIRN_DATA_DIR", dir.resolve("data").toString());
        Path corpus = Files.writeString(
                dir.resolve("corpus.jsonl"),
                """
                {"_id": "d1", "title": "Lighthouses", "text": "The Eddystone lighthouse stands on rocks fourteen kilometres off Plymouth."}
                {"_id": "d2", "title": "Bread", "text": "Sourdough bread rises with wild yeast and lactic acid bacteria instead of baker's yeast."}
                {"_id": "d3", "title": "Volcanoes", "text": "Mount Etna in Sicily is one of the most active volcanoes in the world."}
                """);
        Path queries = Files.writeString(
                dir.resolve("queries.jsonl"),
                """
                {"_id": "q1", "text": "Which lighthouse is off Plymouth?"}
                {"_id": "q2", "text": "What makes sourdough rise?"}
                """);
        Path qrels = Files.writeString(dir.resolve("qrels.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\n");

        // when
        assertThat(cli(env, "tenants", "create", "--name", "Acme").exit).isZero();
        Result created = cli(env, "bots", "create", "--name", "Helper");
        String botId = find(created.out, "Created bot ([0-9a-f-]{36})");
        Result ingested = cli(env, "ingest", "--bot", botId, "--format", "beir", corpus.toString());
        Result asked = cli(env, "ask", "--bot", botId, "What makes sourdough bread rise?");
        Result evaluated =
                cli(env, "eval", "--bot", botId, "--queries", queries.toString(), "--qrels", qrels.toString());
        Result listed = cli(env, "sources", "list", "--bot", botId);
        String sourceId = find(listed.out, "([0-9a-f-]{36})  text");
        Result synced = cli(env, "sources", "sync", "--bot", botId, sourceId);
        Result reports = cli(env, "sources", "syncs", "--bot", botId, sourceId);

        // then
        assertThat(ingested.exit).isZero();
        assertThat(ingested.out).contains("ready, 3 documents").contains("Ingested 1 of 1 input(s)");
        assertThat(asked.out).contains("wild yeast").contains("[1] Bread").contains("answered=true");
        assertThat(evaluated.out).contains("nDCG@10").contains("hybrid").contains("2 queries evaluated");
        assertThat(Double.parseDouble(find(evaluated.out, "hybrid\\s+([0-9.]+)")))
                .isEqualTo(1.0);
        assertThat(listed.out).contains("ready").contains("3 docs").contains("1 source(s)");
        assertThat(synced.exit).isZero();
        assertThat(synced.out).contains("added 0, changed 0, removed 0, unchanged 3");
        assertThat(reports.out)
                .contains("added 0, changed 0, removed 0, unchanged 3")
                .contains("added 3, changed 0")
                .contains("2 report(s)");
    }

    @Test
    void should_print_usage_as_a_table_and_change_the_plan_when_asked_by_an_operator() throws Exception {
        // given
        Map<String, String> env = Map.of("CAIRN_DATA_DIR", dir.resolve("data").toString());
        String tenant = find(cli(env, "tenants", "create", "--name", "Acme").out, "Created tenant ([0-9a-f-]{36})");

        // when
        Result before = cli(env, "usage", "--tenant", tenant);
        Result changed = cli(
                env, "tenants", "set-plan", "--tenant", tenant, "--plan", "pro", "--anchor", "2026-01-31T00:00:00Z");
        Result unknown = cli(env, "tenants", "set-plan", "--tenant", tenant, "--plan", "platinum");
        Result after = cli(env, "usage");

        // then
        assertThat(before.exit).isZero();
        assertThat(before.out).contains("on plan free").containsPattern("messages\\s+0\\s+100\\s+0%");
        assertThat(changed.exit).isZero();
        assertThat(unknown.exit).isEqualTo(CliErrors.EXIT_USAGE);
        assertThat(unknown.err).contains("free, pro, business, enterprise");
        assertThat(after.out).contains("on plan pro").containsPattern("bots\\s+0\\s+5\\s+0%");
    }

    @Test
    void should_migrate_with_progress_then_reindex_and_list_jobs_when_run_by_an_operator() throws Exception {
        // given
        Map<String, String> env = Map.of("CAIRN_DATA_DIR", dir.resolve("data").toString());

        // when
        Result migrated = cli(env, "db", "migrate");
        Result again = cli(env, "db", "migrate");
        assertThat(cli(env, "tenants", "create", "--name", "Acme").exit).isZero();
        String botId = find(cli(env, "bots", "create", "--name", "Helper").out, "Created bot ([0-9a-f-]{36})");
        Path note = Files.writeString(dir.resolve("note.txt"), "The ferry to the island leaves at nine every morning.");
        assertThat(cli(env, "ingest", "--bot", botId, note.toString()).exit).isZero();
        Result reindexed = cli(env, "reindex", "--bot", botId);
        Result unknown = cli(env, "reindex", "--source", "00000000-0000-0000-0000-000000000000");
        Result optimized = cli(env, "optimize-index");
        Result askedAfter = cli(env, "ask", "--bot", botId, "When does the ferry leave?");
        Result jobs = cli(env, "jobs", "list");
        Result retried = cli(env, "jobs", "retry", "no-such-job");
        Result hooks = cli(env, "webhooks", "list");
        Result noDeliveries = cli(env, "webhooks", "deliveries", "--endpoint", "00000000-0000-0000-0000-000000000000");

        // then
        assertThat(migrated.exit).isZero();
        assertThat(migrated.out).containsPattern("Applied [1-9][0-9]* migration\\(s\\); schema at version \\d+");
        assertThat(again.out).contains("Applied 0 migration(s)");
        assertThat(reindexed.exit).isZero();
        assertThat(reindexed.out)
                .contains("note.txt")
                .contains("ready, 1 documents")
                .contains("Reindexed 1 of 1 source(s)");
        assertThat(unknown.exit).isEqualTo(CliErrors.EXIT_NOT_FOUND);
        assertThat(unknown.err.strip()).isEqualTo("cairn: No source with id 00000000-0000-0000-0000-000000000000");
        assertThat(optimized.exit).isZero();
        assertThat(optimized.out).containsPattern("Index optimized in \\d+\\.\\d s");
        assertThat(askedAfter.out).contains("nine");
        assertThat(jobs.exit).isZero();
        assertThat(jobs.out).contains("0 job(s)");
        assertThat(retried.exit).isEqualTo(CliErrors.EXIT_NOT_FOUND);
        assertThat(hooks.exit).isZero();
        assertThat(hooks.out).contains("0 webhook(s)");
        assertThat(noDeliveries.exit).isEqualTo(CliErrors.EXIT_NOT_FOUND);
        assertThat(noDeliveries.err.strip())
                .isEqualTo("cairn: No webhook with id 00000000-0000-0000-0000-000000000000");
    }

    @Test
    void should_remove_everything_of_one_tenant_and_nothing_of_another_when_deleted() throws Exception {
        // given: two tenants, each with a bot that learned a note
        Map<String, String> env = Map.of("CAIRN_DATA_DIR", dir.resolve("data").toString());
        String doomed = find(cli(env, "tenants", "create", "--name", "Doomed").out, "Created tenant ([0-9a-f-]{36})");
        String kept = find(cli(env, "tenants", "create", "--name", "Kept").out, "Created tenant ([0-9a-f-]{36})");
        String doomedBot = botWithNote(env, doomed, "The doomed ferry leaves at nine every morning.");
        String keptBot = botWithNote(env, kept, "The kept ferry leaves at ten every morning.");

        // when
        Result refused = cli(env, "tenants", "delete", doomed);
        Result suspended = cli(env, "tenants", "suspend", doomed);
        Result deleted = cli(env, "tenants", "delete", doomed, "--yes");

        // then
        assertThat(refused.exit).isEqualTo(CliErrors.EXIT_USAGE);
        assertThat(refused.err.strip()).isEqualTo("cairn: deleting a tenant cannot be undone: add --yes to confirm");
        assertThat(suspended.out).contains("Suspended tenant " + doomed);
        assertThat(deleted.exit).isZero();
        assertThat(deleted.out)
                .containsPattern("Deleted tenant " + doomed + " \\(Doomed\\): [1-9][0-9]* chunks, [1-9][0-9]* rows")
                .containsPattern("bots\\s+1")
                .containsPattern("sources\\s+1")
                .containsPattern("documents\\s+1")
                .containsPattern("workspaces\\s+1")
                .containsPattern("organizations\\s+1");
        assertThat(cli(env, "tenants", "list").out).doesNotContain(doomed).contains(kept);
        assertThat(cli(env, "ask", "--bot", doomedBot, "When does the ferry leave?").exit)
                .isEqualTo(CliErrors.EXIT_NOT_FOUND);
        assertThat(cli(env, "ask", "--bot", keptBot, "When does the ferry leave?").out)
                .contains("ten");
        assertThat(cli(env, "tenants", "delete", doomed, "--yes").exit).isEqualTo(CliErrors.EXIT_NOT_FOUND);
    }

    private String botWithNote(Map<String, String> env, String tenant, String note) throws Exception {
        String bot = find(
                cli(env, "bots", "create", "--tenant", tenant, "--name", "Helper").out, "Created bot ([0-9a-f-]{36})");
        Path file = Files.writeString(dir.resolve(tenant + ".txt"), note);
        assertThat(cli(env, "ingest", "--bot", bot, file.toString()).exit).isZero();
        return bot;
    }

    @Test
    void should_say_so_in_one_line_when_a_running_server_holds_the_data_directory() throws Exception {
        // given: a real server process on the data directory
        Path data = dir.resolve("data");
        Map<String, String> env = Map.of("CAIRN_DATA_DIR", data.toString());
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.cairn.host.server.CairnServer")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile());
        server.environment()
                .putAll(Map.of(
                        "CAIRN_DATA_DIR",
                        data.toString(),
                        "CAIRN_PORT",
                        String.valueOf(port),
                        "CAIRN_DEMO_ENABLED",
                        "false"));
        Process process = server.start();
        try {
            awaitHealthy(port);

            // when
            Result result = cli(env, "tenants", "list");

            // then
            assertThat(result.exit).isEqualTo(CliErrors.EXIT_UNAVAILABLE);
            assertThat(result.err.strip())
                    .isEqualTo("cairn: the data directory is in use by a running Cairn server;"
                            + " stop it or point CAIRN_DATA_DIR elsewhere");
        } finally {
            process.destroyForcibly().waitFor();
        }
    }

    private static void awaitHealthy(int port) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/health"))
                .build();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the server did not start within 90 s");
    }

    @Test
    void should_print_one_line_and_exit_non_zero_when_the_bot_does_not_exist() {
        // given
        Map<String, String> env = Map.of("CAIRN_DATA_DIR", dir.resolve("data").toString());

        // when
        Result result = cli(env, "ask", "--bot", "00000000-0000-0000-0000-000000000000", "hello?");

        // then
        assertThat(result.exit).isEqualTo(CliErrors.EXIT_NOT_FOUND);
        assertThat(result.err.strip()).startsWith("cairn: No bot with id").doesNotContain("\n");
    }

    private record Result(int exit, String out, String err) {}

    private static Result cli(Map<String, String> env, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        var outBytes = new ByteArrayOutputStream();
        var errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exit = CairnCli.run(env, args);
            return new Result(
                    exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text).isTrue();
        return m.group(1);
    }
}
