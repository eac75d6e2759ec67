package io.cairn.adapter.out.scraper;

import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.FetchFailedException.Reason;
import io.cairn.ports.out.fetch.WebhookResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * One webhook POST on the guarded client: no redirect followed (a 3xx is just a failed attempt), cut off after
 * {@link #TIMEOUT} in all, and at most {@link #MAX_EXCERPT_BYTES} of the answer read, for the delivery log.
 */
final class WebhookPost {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_EXCERPT_BYTES = 4096;

    private final CloseableHttpClient client;
    private final ScheduledExecutorService alarms;

    WebhookPost(CloseableHttpClient client, ScheduledExecutorService alarms) {
        this.client = client;
        this.alarms = alarms;
    }

    WebhookResponse run(FetchTarget target, Map<String, String> headers, String body) {
        HttpPost request = target.newPost();
        headers.forEach(request::setHeader);
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> alarm = alarms.schedule(
                () -> {
                    expired.set(true);
                    request.cancel();
                },
                TIMEOUT.toMillis(),
                TimeUnit.MILLISECONDS);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, request, null);
            return new WebhookResponse(response.getCode(), excerpt(response.getEntity()));
        } catch (BlockedAddressException e) {
            throw new FetchFailedException(Reason.BLOCKED_BY_SSRF_GUARD, e.getMessage(), e);
        } catch (IOException e) {
            if (expired.get() || e instanceof InterruptedIOException) {
                throw new FetchFailedException(Reason.TIMEOUT, "no answer from " + target.uri() + " in " + TIMEOUT);
            }
            throw new FetchFailedException(Reason.NETWORK_ERROR, target.host() + ": " + e.getMessage(), e);
        } finally {
            alarm.cancel(false);
            // Drop the connection: the rest of the answer is not wanted, and draining it could take forever.
            request.cancel();
            if (response != null) {
                try {
                    response.close();
                } catch (IOException | RuntimeException ignored) {
                    // Already discarded.
                }
            }
        }
    }

    private static String excerpt(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        InputStream in = entity.getContent();
        byte[] kept = in.readNBytes(MAX_EXCERPT_BYTES);
        return new String(kept, StandardCharsets.UTF_8).strip();
    }
}
