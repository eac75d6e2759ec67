package io.cairn.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a BEIR corpus.jsonl ({@code _id}, {@code title}, {@code text}), the first {@code limit} documents. */
final class ScifactCorpus {

    /** One abstract as the corpus holds it. */
    record Doc(String id, String title, String text) {}

    private ScifactCorpus() {}

    static List<Doc> read(Path corpus, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && docs.size() < limit; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                String text = row.path("text").asText("");
                if (!text.isBlank()) {
                    docs.add(new Doc(row.path("_id").asText(), row.path("title").asText(""), text));
                }
            }
        }
        return docs;
    }
}
