package io.cairn.ports.out.llm;

/** The language model provider failed: unavailable, rate limited, timed out or cut the stream. */
public class LlmException extends RuntimeException {

    public LlmException(String message, Throwable cause) {
        super(message, cause);
    }
}
