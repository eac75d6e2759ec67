package io.cairn.host.server;

import io.cairn.ports.in.source.AddSourceCommand.TextDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the project's Markdown docs as text documents for the demo bot, each known by its path. */
final class DemoDocs {

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```\\s*$");

    private DemoDocs() {}

    static List<TextDocument> read(Path docsDir) {
        List<TextDocument> documents = new ArrayList<>();
        Path root = docsDir.toAbsolutePath().normalize().getParent();
        if (Files.isDirectory(docsDir)) {
            try (Stream<Path> files = Files.walk(docsDir)) {
                files.filter(p -> p.toString().endsWith(".md"))
                        .sorted()
                        .forEach(p ->
                                documents.add(document(root, p.toAbsolutePath().normalize())));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the demo docs in " + docsDir, e);
            }
        }
        return documents;
    }

    private static TextDocument document(Path root, Path file) {
        try {
            String markdown = Files.readString(file, StandardCharsets.UTF_8);
            String reference = root == null
                    ? file.getFileName().toString()
                    : root.relativize(file).toString();
            return new TextDocument(reference, title(markdown, file), plain(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static String title(String markdown, Path file) {
        return markdown.lines()
                .filter(l -> l.startsWith("# "))
                .map(l -> l.substring(2).strip())
                .findFirst()
                .orElse(file.getFileName().toString());
    }

    /** Drops code blocks and heading marks; headings become their own paragraphs. */
    static String plain(String markdown) {
        String withoutCode = FENCE.matcher(markdown).replaceAll("");
        return HEADING.matcher(withoutCode).replaceAll("\n");
    }
}
