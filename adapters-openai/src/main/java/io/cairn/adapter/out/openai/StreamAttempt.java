package io.cairn.adapter.out.openai;

import io.cairn.domain.chat.TokenUsage;
import io.cairn.ports.out.llm.LlmStreamListener;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One streamed upstream call. The HTTP client pushes events into a queue; the caller's thread drains it with
 * deadlines, so a silent provider is noticed (time to first token, then idle time) and every listener call happens on
 * the caller's thread.
 */
final class StreamAttempt {

    private sealed interface Event permits Status, Line, End, Failure {}

    private record Status(int code, Optional<Duration> retryAfter) implements Event {}

    private record Line(String text) implements Event {}

    private record End() implements Event {}

    private record Failure(Throwable cause) implements Event {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    private final OpenAiSettings settings;
    private volatile boolean cancelled;
    private boolean delivered;

    private StreamAttempt(OpenAiSettings settings) {
        this.settings = settings;
    }

    /** Streams one answer to the listener's tokens; returns the usage, or throws {@link AttemptFailure}. */
    static TokenUsage run(HttpClient client, HttpRequest request, OpenAiSettings settings, LlmStreamListener listener) {
        return new StreamAttempt(settings).stream(client, request, listener);
    }

    private TokenUsage stream(HttpClient client, HttpRequest request, LlmStreamListener listener) {
        client.sendAsync(request, this::bodyFor).whenComplete((response, error) -> {
            if (error != null) {
                events.add(new Failure(error));
            }
        });
        try {
            return drain(listener);
        } finally {
            cancel();
        }
    }

    private HttpResponse.BodySubscriber<Void> bodyFor(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            events.add(new Status(info.statusCode(), RetryAfter.parse(info.headers())));
            return BodySubscribers.discarding();
        }
        return BodySubscribers.fromLineSubscriber(new LineSubscriber());
    }

    private TokenUsage drain(LlmStreamListener listener) {
        long firstTokenDeadline =
                System.nanoTime() + settings.firstTokenTimeout().toNanos();
        TokenBatch batch =
                new TokenBatch(listener, settings.tokenFlushInterval().toNanos());
        TokenUsage usage = TokenUsage.none();
        while (true) {
            Event event = next(firstTokenDeadline, batch);
            if (event == null) {
                batch.flush();
                continue;
            }
            if (!(event instanceof Line)) {
                batch.flush(); // the tokens before a failure still reach the visitor
            }
            if (event instanceof Status status) {
                throw statusFailure(status);
            }
            if (event instanceof Failure failure) {
                throw broken("the connection to the model provider failed", failure.cause());
            }
            if (event instanceof End) {
                throw broken("the model provider closed the stream before [DONE]", null);
            }
            String line = ((Line) event).text();
            if (!line.startsWith("data:")) {
                continue; // blank separators, comments and event names carry nothing we need
            }
            String data = line.substring("data:".length()).trim();
            if (data.equals("[DONE]")) {
                batch.flush();
                return usage;
            }
            var chunk = ChatCompletionJson.Chunk.parse(data);
            usage = chunk.usage().orElse(usage);
            if (!chunk.content().isEmpty()) {
                delivered = true;
                batch.add(chunk.content());
            }
        }
    }

    /** The next event, or null when held tokens fell due before one came. */
    private Event next(long firstTokenDeadline, TokenBatch batch) {
        long waitNanos =
                delivered ? settings.idleTimeout().toNanos() : Math.max(0, firstTokenDeadline - System.nanoTime());
        boolean holding = !batch.isEmpty();
        if (holding) {
            waitNanos = Math.min(waitNanos, batch.nanosUntilDue());
        }
        Event event;
        try {
            event = events.poll(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batch.flush();
            throw broken("interrupted while waiting for the model", e);
        }
        if (event != null || (holding && batch.nanosUntilDue() == 0)) {
            return event;
        }
        batch.flush();
        if (delivered) {
            throw new AttemptFailure(
                    AttemptFailure.Kind.AFTER_FIRST_TOKEN,
                    "the model fell silent for " + settings.idleTimeout() + " mid-answer",
                    null);
        }
        throw new AttemptFailure(
                AttemptFailure.Kind.TIMEOUT, "no first token within " + settings.firstTokenTimeout(), null);
    }

    private AttemptFailure statusFailure(Status status) {
        boolean retryable = status.code() == 429 || status.code() >= 500;
        return new AttemptFailure(
                retryable ? AttemptFailure.Kind.STATUS : AttemptFailure.Kind.REJECTED,
                "the model provider answered HTTP " + status.code(),
                status.retryAfter(),
                null);
    }

    private AttemptFailure broken(String message, Throwable cause) {
        return new AttemptFailure(
                delivered ? AttemptFailure.Kind.AFTER_FIRST_TOKEN : AttemptFailure.Kind.TRANSPORT, message, cause);
    }

    private void cancel() {
        cancelled = true;
        Flow.Subscription current = subscription.getAndSet(null);
        if (current != null) {
            current.cancel();
        }
    }

    private final class LineSubscriber implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription.set(s);
            if (cancelled) {
                // The caller gave up before the headers came: hang up instead of reading an answer nobody wants.
                cancel();
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            events.add(new Line(line));
        }

        @Override
        public void onError(Throwable error) {
            events.add(new Failure(error));
        }

        @Override
        public void onComplete() {
            events.add(new End());
        }
    }
}
