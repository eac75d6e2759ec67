package io.cairn.domain.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds the {@code [n]} markers of an answer to the passages that were actually given to the answerer. A number
 * that was never handed out yields no citation, whatever the answerer wrote.
 */
public final class CitationPolicy {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final int SNIPPET_LENGTH = 240;

    private CitationPolicy() {}

    public static List<Citation> bind(String answer, List<Passage> passages) {
        Map<Integer, Passage> byNumber =
                passages.stream().collect(Collectors.toMap(Passage::number, Function.identity()));
        Set<Integer> cited = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(answer);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (byNumber.containsKey(n)) {
                cited.add(n);
            }
        }
        List<Citation> citations = new ArrayList<>(cited.size());
        for (int n : cited) {
            citations.add(cite(byNumber.get(n)));
        }
        return citations;
    }

    /** Removes markers that point at no passage, so the visitor never sees a dangling {@code [7]}. */
    public static String stripUnknownMarkers(String answer, int passageCount) {
        return MARKER.matcher(answer).replaceAll(r -> {
            int n = Integer.parseInt(r.group(1));
            return n >= 1 && n <= passageCount ? Matcher.quoteReplacement(r.group()) : "";
        });
    }

    public static Citation cite(Passage p) {
        var chunk = p.ranked().chunk();
        return new Citation(
                p.number(),
                chunk.sourceId(),
                chunk.documentId(),
                chunk.chunkId(),
                chunk.title(),
                chunk.url(),
                snippet(chunk.text()),
                p.ranked().score());
    }

    static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_LENGTH);
        return flat.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + "…";
    }
}
