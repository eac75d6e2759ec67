package io.cairn.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small, realistic knowledge base for the chat benchmarks: the first {@code questions} SciFact train claims that
 * have judged documents, and those documents. Every question has its answer in the bot, so retrieval finds passages
 * and the model is called, and no two questions in a row are alike (the query embedding is never cached anyway).
 */
record ChatKnowledge(List<String> questions, List<ScifactCorpus.Doc> docs) {

    static ChatKnowledge read(Path scifact, int questions) throws IOException {
        Map<String, Set<String>> judged = new LinkedHashMap<>();
        List<String> qrels = Files.readAllLines(scifact.resolve("qrels/train.tsv"), StandardCharsets.UTF_8);
        for (String line : qrels.subList(1, qrels.size())) {
            String[] cols = line.split("\t");
            if (cols.length >= 3 && Integer.parseInt(cols[2].strip()) > 0) {
                judged.computeIfAbsent(cols[0], q -> new LinkedHashSet<>()).add(cols[1]);
            }
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, String> claims = new HashMap<>();
        for (String line : Files.readAllLines(scifact.resolve("queries.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode row = json.readTree(line);
                claims.put(row.path("_id").asText(), row.path("text").asText());
            }
        }
        List<String> picked = new ArrayList<>();
        Set<String> docIds = new LinkedHashSet<>();
        for (var entry : judged.entrySet()) {
            if (picked.size() == questions) {
                break;
            }
            String claim = claims.get(entry.getKey());
            if (claim != null && !claim.isBlank()) {
                picked.add(claim);
                docIds.addAll(entry.getValue());
            }
        }
        List<ScifactCorpus.Doc> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(scifact.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                if (docIds.contains(row.path("_id").asText())) {
                    docs.add(new ScifactCorpus.Doc(
                            row.path("_id").asText(),
                            row.path("title").asText(""),
                            row.path("text").asText("")));
                }
            }
        }
        return new ChatKnowledge(List.copyOf(picked), List.copyOf(docs));
    }
}
