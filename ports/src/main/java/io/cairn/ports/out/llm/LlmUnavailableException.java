package io.cairn.ports.out.llm;

/** The model provider is down: its circuit is open or the retries ran out; callers fall back at once. */
public class LlmUnavailableException extends LlmException {

    public LlmUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
