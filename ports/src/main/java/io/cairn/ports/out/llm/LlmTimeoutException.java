package io.cairn.ports.out.llm;

/** The model did not answer in time: no connection, or no first token within the limit. */
public class LlmTimeoutException extends LlmException {

    public LlmTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
