package io.cairn.host.cli;

import io.cairn.ports.in.source.AddSourceCommand.TextDocument;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads BEIR files: corpus and queries as JSON lines, qrels as TSV with a header. */
final class BeirCorpus {

    private static final Argument<Map<String, Object>> ROW = Argument.mapOf(String.class, Object.class);

    private BeirCorpus() {}

    static List<TextDocument> documents(JsonMapper json, Path corpus) throws IOException {
        List<TextDocument> docs = new ArrayList<>();
        for (Map<String, Object> row : rows(json, corpus)) {
            String title = String.valueOf(row.getOrDefault("title", ""));
            docs.add(new TextDocument(String.valueOf(row.get("_id")), title, String.valueOf(row.get("text"))));
        }
        return docs;
    }

    static Map<String, String> queries(JsonMapper json, Path file) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(json, file)) {
            queries.put(String.valueOf(row.get("_id")), String.valueOf(row.get("text")));
        }
        return queries;
    }

    static Map<String, Map<String, Integer>> qrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> qrels = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length >= 3) {
                qrels.computeIfAbsent(cols[0], q -> new HashMap<>()).put(cols[1], Integer.parseInt(cols[2].strip()));
            }
        }
        return qrels;
    }

    private static List<Map<String, Object>> rows(JsonMapper json, Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(json.readValue(line, ROW));
                }
            }
        }
        return rows;
    }
}
