package io.cairn.ports.out.llm;

import io.cairn.domain.chat.TokenUsage;

/** Receives a streamed completion: tokens as they arrive, then exactly one of complete or error. */
public interface LlmStreamListener {

    void onToken(String text);

    void onComplete(TokenUsage usage);

    void onError(LlmException error);
}
