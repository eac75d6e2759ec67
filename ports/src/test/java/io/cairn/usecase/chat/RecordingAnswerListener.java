package io.cairn.usecase.chat;

import io.cairn.domain.answer.Citation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.ports.in.chat.AnswerListener;
import java.util.ArrayList;
import java.util.List;

/** Records the calls an answer makes, in order, as the SSE stream would send them. */
final class RecordingAnswerListener implements AnswerListener {

    /** One call: {@code started}, {@code token} or {@code citations}, with what it carried. */
    record Event(String kind, String text, List<Citation> citations) {}

    private final List<Event> events = new ArrayList<>();
    private ConversationId conversation;
    private MessageId message;

    @Override
    public void onStarted(ConversationId conversationId, MessageId messageId) {
        conversation = conversationId;
        message = messageId;
        events.add(new Event("started", "", List.of()));
    }

    @Override
    public void onToken(String text) {
        events.add(new Event("token", text, List.of()));
    }

    @Override
    public void onCitations(List<Citation> citations) {
        events.add(new Event("citations", "", List.copyOf(citations)));
    }

    List<String> kinds() {
        return events.stream().map(Event::kind).toList();
    }

    List<String> tokens() {
        return events.stream()
                .filter(e -> e.kind().equals("token"))
                .map(Event::text)
                .toList();
    }

    String streamedText() {
        return String.join("", tokens());
    }

    ConversationId conversation() {
        return conversation;
    }

    MessageId message() {
        return message;
    }
}
