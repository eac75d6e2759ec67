package io.cairn.ports.fakes;

import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.WebhookResponse;
import io.cairn.ports.out.fetch.WebhookSenderPort;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** A scripted webhook receiver: answers the queued statuses in turn (200 once they run out) and keeps each request. */
public class FakeWebhookSender implements WebhookSenderPort {

    /** One request as it was sent. */
    public record Sent(URI url, Map<String, String> headers, String body) {}

    private final Deque<Integer> statuses = new ArrayDeque<>();
    private final List<Sent> sent = new ArrayList<>();

    /** Queues statuses to answer; 0 stands for a network error. */
    public synchronized FakeWebhookSender answering(Integer... codes) {
        statuses.addAll(List.of(codes));
        return this;
    }

    @Override
    public synchronized WebhookResponse post(URI url, Map<String, String> headers, String body) {
        sent.add(new Sent(url, Map.copyOf(headers), body));
        int status = statuses.isEmpty() ? 200 : statuses.poll();
        if (status == 0) {
            throw new FetchFailedException(FetchFailedException.Reason.NETWORK_ERROR, url.getHost() + ": refused");
        }
        return new WebhookResponse(status, status >= 300 ? "boom" : "");
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }
}
