package io.cairn.ports.out.llm;

/** Driven port: a chat language model that streams its answer. */
public interface LlmPort {

    /** Streams the completion to the listener; returns when the stream has ended either way. */
    void stream(LlmRequest request, LlmStreamListener listener);
}
