package io.cairn.adapter.in.http.openai;

import io.cairn.adapter.in.http.error.DomainExceptionHandler;
import io.cairn.domain.answer.Citation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.error.DomainException;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.in.chat.AnswerResult;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.chat.AskQuestionUseCase;
import io.micronaut.http.HttpStatus;
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
 * Bridges the answer use case to OpenAI's streaming wire format: unnamed server-sent events, each a
 * {@code chat.completion.chunk}, ending with {@code data: [DONE]}. A failure sends an {@code error} object instead,
 * which the OpenAI SDKs raise as an error. The use case runs on the blocking executor, never on the event loop.
 */
@Singleton
public class CompletionStreams {

    static final String DONE = "[DONE]";
    private static final Logger LOG = LoggerFactory.getLogger(CompletionStreams.class);

    private final AskQuestionUseCase askQuestion;
    private final Scheduler blocking;

    public CompletionStreams(AskQuestionUseCase askQuestion, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.askQuestion = askQuestion;
        this.blocking = Schedulers.fromExecutorService(executor);
    }

    public Flux<Event<?>> stream(AskQuestionCommand command, String model, long created) {
        return Flux.<Event<?>>create(sink -> run(command, model, created, sink), FluxSink.OverflowStrategy.BUFFER)
                .subscribeOn(blocking);
    }

    private void run(AskQuestionCommand command, String model, long created, FluxSink<Event<?>> sink) {
        ChunkListener listener = new ChunkListener(sink, model, created);
        try {
            listener.finish(askQuestion.ask(command, listener));
            sink.next(Event.of(DONE));
        } catch (DomainException e) {
            sink.next(Event.of(OpenAiError.of(DomainExceptionHandler.statusOf(e), e.code(), e.getMessage())));
        } catch (RuntimeException e) {
            LOG.error("Completion stream failed for bot {}", command.botId(), e);
            sink.next(Event.of(OpenAiError.of(
                    HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "The answer could not be completed.")));
        }
        sink.complete();
    }

    /** Turns listener calls into chunks; tokens before the start or after the citations are dropped. */
    private static final class ChunkListener implements AnswerListener {
        private final FluxSink<Event<?>> sink;
        private final String model;
        private final long created;
        private String id;
        private boolean cited;

        ChunkListener(FluxSink<Event<?>> sink, String model, long created) {
            this.sink = sink;
            this.model = model;
            this.created = created;
        }

        @Override
        public void onStarted(ConversationId conversation, MessageId message) {
            if (id == null) {
                id = CompletionIds.of(message);
                send(ChatCompletionChunk.Delta.start(), null);
            }
        }

        @Override
        public void onToken(String text) {
            if (id != null && !cited && text != null && !text.isEmpty()) {
                send(ChatCompletionChunk.Delta.token(text), null);
            }
        }

        @Override
        public void onCitations(List<Citation> citations) {
            // Held back until the end, where they go out together with cairn_answered in the last chunk.
        }

        void finish(AnswerResult result) {
            onStarted(result.conversationId(), result.messageId());
            cited = true;
            send(ChatCompletionChunk.Delta.end(OpenAiCitation.all(result.citations()), result.answered()), "stop");
        }

        private void send(ChatCompletionChunk.Delta delta, String finishReason) {
            sink.next(Event.of(ChatCompletionChunk.of(id, created, model, delta, finishReason)));
        }
    }
}
