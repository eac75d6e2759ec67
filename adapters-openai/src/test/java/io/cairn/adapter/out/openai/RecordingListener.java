package io.cairn.adapter.out.openai;

import io.cairn.domain.chat.TokenUsage;
import io.cairn.ports.out.llm.LlmException;
import io.cairn.ports.out.llm.LlmStreamListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test double: records what a streamed completion delivered. */
final class RecordingListener implements LlmStreamListener {

    final List<String> tokens = new CopyOnWriteArrayList<>();
    volatile TokenUsage usage;
    volatile LlmException error;

    String text() {
        return String.join("", tokens);
    }

    @Override
    public void onToken(String text) {
        tokens.add(text);
    }

    @Override
    public void onComplete(TokenUsage finalUsage) {
        usage = finalUsage;
    }

    @Override
    public void onError(LlmException e) {
        error = e;
    }
}
