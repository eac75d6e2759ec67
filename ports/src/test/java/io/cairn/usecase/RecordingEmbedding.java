package io.cairn.usecase;

import io.cairn.ports.fakes.FakeEmbedding;
import io.cairn.ports.out.embedding.EmbeddingFailedException;
import java.util.ArrayList;
import java.util.List;

/** The fake embedding, keeping every passage it was asked to embed so tests can inspect the inputs. */
public final class RecordingEmbedding extends FakeEmbedding {

    private final List<String> inputs = new ArrayList<>();
    private final List<Integer> calls = new ArrayList<>();
    private String failOn = null;

    public RecordingEmbedding(int maxInputTokens) {
        super(maxInputTokens);
    }

    @Override
    public synchronized List<float[]> embedAll(List<String> texts) {
        calls.add(texts.size());
        if (failOn != null && texts.stream().anyMatch(t -> t.contains(failOn))) {
            throw new EmbeddingFailedException("the model failed on a batch", null);
        }
        inputs.addAll(texts);
        return super.embedAll(texts);
    }

    /** From now on, a batch with a text containing {@code word} fails, as a crashed or unreachable model would. */
    public synchronized void failOnTextsContaining(String word) {
        failOn = word;
    }

    /** How many texts each call to {@link #embedAll} got, in order. */
    public synchronized List<Integer> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<String> inputs() {
        return List.copyOf(inputs);
    }
}
