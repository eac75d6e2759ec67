package io.cairn.ports.out.llm;

/** Too many answers are being generated at once; this one was refused without calling the provider. */
public class LlmBusyException extends LlmException {

    public LlmBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
