package io.cairn.adapter.in.http.chat;

import io.cairn.domain.answer.Citation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.error.DomainException;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.in.chat.AnswerResult;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.chat.AskQuestionUseCase;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Bridges the blocking, listener-based answer use case to a stream of server-sent events. The use case runs on
 * the blocking executor, never on the event loop, and each token is pushed the moment the listener receives it.
 * Events go out as {@code meta}, {@code token}…, {@code citations}, {@code done}; a failure ends with {@code error}.
 */
@Singleton
public class AnswerStreams {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerStreams.class);

    private final AskQuestionUseCase askQuestion;
    private final Scheduler blocking;

    public AnswerStreams(AskQuestionUseCase askQuestion, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.askQuestion = askQuestion;
        this.blocking = Schedulers.fromExecutorService(executor);
    }

    public Flux<Event<?>> stream(AskQuestionCommand command) {
        return Flux.<Event<?>>create(sink -> run(command, sink), FluxSink.OverflowStrategy.BUFFER)
                .subscribeOn(blocking);
    }

    private void run(AskQuestionCommand command, FluxSink<Event<?>> sink) {
        SinkListener listener = new SinkListener(sink);
        try {
            AnswerResult result = askQuestion.ask(command, listener);
            listener.finish(result);
        } catch (DomainException e) {
            sink.next(event("error", new ErrorEventResponse(e.code(), e.getMessage())));
        } catch (RuntimeException e) {
            LOG.error("Answer stream failed for bot {}", command.botId(), e);
            sink.next(event("error", new ErrorEventResponse("internal_error", "The answer could not be completed.")));
        }
        sink.complete();
    }

    static Event<?> event(String name, Object data) {
        return Event.of(data).name(name);
    }

    /** Turns listener calls into events, and fills in any the use case left out so the order always holds. */
    private static final class SinkListener implements AnswerListener {
        private final FluxSink<Event<?>> sink;
        private boolean started;
        private boolean cited;

        SinkListener(FluxSink<Event<?>> sink) {
            this.sink = sink;
        }

        @Override
        public void onStarted(ConversationId conversation, MessageId message) {
            if (!started) {
                started = true;
                sink.next(event("meta", new MetaEventResponse(conversation.toString(), message.toString())));
            }
        }

        @Override
        public void onToken(String text) {
            if (started && !cited && text != null && !text.isEmpty()) {
                sink.next(event("token", new TokenEventResponse(text)));
            }
        }

        @Override
        public void onCitations(List<Citation> citations) {
            if (started && !cited) {
                cited = true;
                sink.next(event("citations", new CitationsEventResponse(CitationResponse.all(citations))));
            }
        }

        void finish(AnswerResult result) {
            onStarted(result.conversationId(), result.messageId());
            onCitations(result.citations());
            sink.next(event(
                    "done",
                    new DoneEventResponse(
                            result.answered(), result.mode(), UsageResponse.from(result.usage()), result.partial())));
        }
    }
}
