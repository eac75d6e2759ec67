package io.cairn.ports.out.llm;

/** Driven port: a chat language model that streams its answer, and counts tokens the way it does. */
public interface LlmPort {

    /** Streams the completion to the listener; returns when the stream has ended either way. */
    void stream(LlmRequest request, LlmStreamListener listener);

    /** How many tokens the model's own tokenizer makes of this text, to keep prompts inside a budget. */
    int countTokens(String text);
}
