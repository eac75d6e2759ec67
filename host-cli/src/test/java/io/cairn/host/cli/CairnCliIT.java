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

        // then
        assertThat(ingested.exit).isZero();
        assertThat(ingested.out).contains("ready, 3 documents").contains("Ingested 1 of 1 input(s)");
        assertThat(asked.out).contains("wild yeast").contains("[1] Bread").contains("answered=true");
        assertThat(evaluated.out).contains("nDCG@10").contains("hybrid").contains("2 queries evaluated");
        assertThat(Double.parseDouble(find(evaluated.out, "hybrid\\s+([0-9.]+)")))
                .isEqualTo(1.0);
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
