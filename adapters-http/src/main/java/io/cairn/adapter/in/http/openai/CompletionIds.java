package io.cairn.adapter.in.http.openai;

import io.cairn.domain.chat.MessageId;

/** Completion ids follow OpenAI's {@code chatcmpl-} form and name the stored answer message. */
final class CompletionIds {

    private CompletionIds() {}

    static String of(MessageId message) {
        return "chatcmpl-" + message;
    }
}
