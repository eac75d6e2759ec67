package io.cairn.ports.in.chat;

import io.cairn.domain.answer.Citation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import java.util.List;

/** Receives an answer as it is made, in the order of the SSE contract: started, tokens, then citations. */
public interface AnswerListener {

    void onStarted(ConversationId conversation, MessageId message);

    void onToken(String text);

    void onCitations(List<Citation> citations);

    static AnswerListener ignoring() {
        return new AnswerListener() {
            @Override
            public void onStarted(ConversationId conversation, MessageId message) {}

            @Override
            public void onToken(String text) {}

            @Override
            public void onCitations(List<Citation> citations) {}
        };
    }
}
