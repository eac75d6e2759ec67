package io.cairn.usecase;

import io.cairn.ports.fakes.FakeEmbedding;
import java.util.ArrayList;
import java.util.List;

/** The fake embedding, keeping every passage it was asked to embed so tests can inspect the inputs. */
public final class RecordingEmbedding extends FakeEmbedding {

    private final List<String> inputs = new ArrayList<>();

    public RecordingEmbedding(int maxInputTokens) {
        super(maxInputTokens);
    }

    @Override
    public synchronized List<float[]> embedAll(List<String> texts) {
        inputs.addAll(texts);
        return super.embedAll(texts);
    }

    public synchronized List<String> inputs() {
        return List.copyOf(inputs);
    }
}
