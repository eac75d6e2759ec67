package io.cairn.domain.chunk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Packs whole sentences into chunks of at most {@code maxTokens}, carrying a tail of sentences over as overlap.
 * A sentence longer than the limit is cut at word boundaries (or, for a single giant word, at characters), so no
 * chunk ever exceeds the limit and no text is dropped.
 */
public final class Chunker {

    private final TokenCounter counter;
    private final ChunkingPolicy policy;

    public Chunker(TokenCounter counter, ChunkingPolicy policy) {
        this.counter = Objects.requireNonNull(counter);
        this.policy = Objects.requireNonNull(policy);
    }

    public List<Chunk> chunk(String text) {
        List<Piece> pieces = new ArrayList<>();
        for (List<String> paragraph : SentenceSplitter.paragraphs(text)) {
            boolean first = true;
            for (String sentence : paragraph) {
                List<Piece> fitted = fit(sentence);
                if (first && !fitted.isEmpty()) {
                    fitted.set(0, fitted.get(0).startingParagraph());
                    first = false;
                }
                pieces.addAll(fitted);
            }
        }
        return pack(pieces);
    }

    private List<Chunk> pack(List<Piece> pieces) {
        List<Chunk> chunks = new ArrayList<>();
        Deque<Piece> current = new ArrayDeque<>();
        int tokens = 0;
        boolean hasNew = false;
        for (Piece piece : pieces) {
            if (tokens + piece.tokens > policy.maxTokens() && hasNew) {
                emit(chunks, current);
                tokens = keepOverlap(current);
                hasNew = false;
            }
            while (tokens + piece.tokens > policy.maxTokens() && !current.isEmpty()) {
                tokens -= current.removeFirst().tokens;
            }
            current.addLast(piece);
            tokens += piece.tokens;
            hasNew = true;
        }
        if (hasNew) {
            emit(chunks, current);
        }
        return chunks;
    }

    private int keepOverlap(Deque<Piece> current) {
        Deque<Piece> tail = new ArrayDeque<>();
        int tokens = 0;
        while (!current.isEmpty() && tokens + current.peekLast().tokens <= policy.overlapTokens()) {
            Piece p = current.removeLast();
            tail.addFirst(p);
            tokens += p.tokens;
        }
        current.clear();
        current.addAll(tail);
        return tokens;
    }

    private void emit(List<Chunk> chunks, Deque<Piece> current) {
        String text = join(current);
        int count = counter.count(text);
        if (count <= policy.maxTokens()) {
            chunks.add(new Chunk(chunks.size(), text, Math.max(1, count)));
            return;
        }
        // Joining can merge tokens differently than counting pieces apart; re-split the joined text to stay bounded.
        for (Piece piece : fitWords(text)) {
            chunks.add(new Chunk(chunks.size(), piece.text, Math.max(1, piece.tokens)));
        }
    }

    /** Joins pieces with spaces, keeping a blank line where a paragraph starts, so readers see the paragraphs. */
    private static String join(Deque<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        for (Piece p : pieces) {
            if (!text.isEmpty()) {
                text.append(p.paragraphStart ? "\n\n" : " ");
            }
            text.append(p.text);
        }
        return text.toString();
    }

    private List<Piece> fit(String sentence) {
        int count = counter.count(sentence);
        return count <= policy.maxTokens() ? new ArrayList<>(List.of(new Piece(sentence, count))) : fitWords(sentence);
    }

    private List<Piece> fitWords(String text) {
        List<Piece> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (counter.count(candidate) <= policy.maxTokens()) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                out.add(piece(current.toString()));
                current.setLength(0);
            }
            if (counter.count(word) <= policy.maxTokens()) {
                current.append(word);
            } else {
                out.addAll(fitCharacters(word));
            }
        }
        if (!current.isEmpty()) {
            out.add(piece(current.toString()));
        }
        return out;
    }

    private List<Piece> fitCharacters(String word) {
        List<Piece> out = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int low = start + 1;
            int high = word.length();
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (counter.count(word.substring(start, mid)) <= policy.maxTokens()) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            if (low < word.length() && Character.isLowSurrogate(word.charAt(low)) && low - 1 > start) {
                low--; // never split a surrogate pair: half a character is no character
            }
            out.add(piece(word.substring(start, low)));
            start = low;
        }
        return out;
    }

    private Piece piece(String text) {
        return new Piece(text, counter.count(text));
    }

    private record Piece(String text, int tokens, boolean paragraphStart) {

        Piece(String text, int tokens) {
            this(text, tokens, false);
        }

        Piece startingParagraph() {
            return new Piece(text, tokens, true);
        }
    }
}
