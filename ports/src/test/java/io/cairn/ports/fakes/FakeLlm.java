package io.cairn.ports.fakes;

import io.cairn.domain.chat.TokenUsage;
import io.cairn.ports.out.llm.LlmException;
import io.cairn.ports.out.llm.LlmPort;
import io.cairn.ports.out.llm.LlmRequest;
import io.cairn.ports.out.llm.LlmStreamListener;
import io.cairn.ports.out.llm.LlmTimeoutException;
import java.util.ArrayList;
import java.util.List;

/** A scriptable language model: streams the given tokens, optionally failing after some of them. */
public class FakeLlm implements LlmPort {

    private final List<LlmRequest> requests = new ArrayList<>();
    private List<String> tokens = List.of("An answer [1].");
    private int failAfter = -1;
    private boolean timingOut;

    public FakeLlm answering(String... scripted) {
        this.tokens = List.of(scripted);
        this.failAfter = -1;
        return this;
    }

    public FakeLlm failingAfter(int tokenCount, String... scripted) {
        this.tokens = List.of(scripted);
        this.failAfter = tokenCount;
        return this;
    }

    /** Sends no token at all and gives up with a first-token timeout, like a stalled provider. */
    public FakeLlm timingOut() {
        this.timingOut = true;
        return this;
    }

    /** One token per whitespace-separated word: enough to test budgets with countable text. */
    @Override
    public int countTokens(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    public synchronized List<LlmRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void stream(LlmRequest request, LlmStreamListener listener) {
        synchronized (this) {
            requests.add(request);
        }
        if (timingOut) {
            listener.onError(new LlmTimeoutException("no first token within the limit", null));
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (i == failAfter) {
                listener.onError(new LlmException("stream cut", null));
                return;
            }
            listener.onToken(tokens.get(i));
        }
        if (failAfter >= tokens.size()) {
            listener.onError(new LlmException("provider unavailable", null));
            return;
        }
        listener.onComplete(new TokenUsage(100, tokens.size()));
    }
}
