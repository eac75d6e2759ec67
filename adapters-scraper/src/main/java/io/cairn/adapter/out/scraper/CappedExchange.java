package io.cairn.adapter.out.scraper;

import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.FetchFailedException.Reason;
import io.cairn.ports.out.fetch.FetchedPage;
import io.cairn.ports.out.fetch.Validators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * One GET under the fetch caps: cut off at the deadline, body (after decompression) limited to maxBytes. With
 * validators it is a conditional GET, and a 304 lands with an empty body.
 */
final class CappedExchange {

    /** What one hop ended in: a page, or a redirect the caller must check again before following. */
    sealed interface Hop permits Landed, Redirect {}

    record Landed(FetchedPage page) implements Hop {}

    record Redirect(String location) implements Hop {}

    private final CloseableHttpClient client;
    private final ScheduledExecutorService alarms;
    private final long maxBytes;

    CappedExchange(CloseableHttpClient client, ScheduledExecutorService alarms, long maxBytes) {
        this.client = client;
        this.alarms = alarms;
        this.maxBytes = maxBytes;
    }

    Hop run(FetchTarget target, long deadlineNanos, Validators validators) {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(target);
        }
        HttpGet request = target.newRequest();
        if (!validators.etag().isEmpty()) {
            request.setHeader(HttpHeaders.IF_NONE_MATCH, validators.etag());
        }
        if (!validators.lastModified().isEmpty()) {
            request.setHeader(HttpHeaders.IF_MODIFIED_SINCE, validators.lastModified());
        }
        AtomicBoolean expired = new AtomicBoolean();
        // Socket timeouts only catch silence; a server that trickles a byte at a time is cut here.
        ScheduledFuture<?> alarm = alarms.schedule(
                () -> {
                    expired.set(true);
                    request.cancel();
                },
                remaining,
                TimeUnit.NANOSECONDS);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, request, null);
            return hop(target, response, deadlineNanos);
        } catch (BlockedAddressException e) {
            throw new FetchFailedException(Reason.BLOCKED_BY_SSRF_GUARD, e.getMessage(), e);
        } catch (IOException e) {
            if (expired.get() || e instanceof InterruptedIOException) {
                throw timeout(target);
            }
            throw new FetchFailedException(Reason.NETWORK_ERROR, target.host() + ": " + e.getMessage(), e);
        } finally {
            alarm.cancel(false);
            // Drop the connection: closing normally would drain an unread, possibly endless, body.
            request.cancel();
            closeQuietly(response);
        }
    }

    private Hop hop(FetchTarget target, ClassicHttpResponse response, long deadlineNanos) throws IOException {
        int status = response.getCode();
        Header location = response.getFirstHeader(HttpHeaders.LOCATION);
        if (status >= 300 && status < 400 && location != null) {
            return new Redirect(location.getValue());
        }
        if (status == FetchedPage.NOT_MODIFIED) {
            return new Landed(new FetchedPage(
                    target.uri(),
                    status,
                    "",
                    new byte[0],
                    header(response, HttpHeaders.ETAG),
                    header(response, HttpHeaders.LAST_MODIFIED)));
        }
        if (status < 200 || status >= 300) {
            throw FetchFailedException.status(status, "HTTP " + status + " from " + target.uri());
        }
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : read(entity, target, deadlineNanos);
        return new Landed(new FetchedPage(
                target.uri(),
                status,
                header(response, HttpHeaders.CONTENT_TYPE).orElse(""),
                body,
                header(response, HttpHeaders.ETAG),
                header(response, HttpHeaders.LAST_MODIFIED)));
    }

    private byte[] read(HttpEntity entity, FetchTarget target, long deadlineNanos) throws IOException {
        if (entity.getContentLength() > maxBytes) {
            throw tooLarge(target);
        }
        // Not closed here: the finally block drops the connection instead of draining it.
        InputStream in = entity.getContent();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, 64 * 1024));
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(target);
            }
            if (System.nanoTime() - deadlineNanos > 0) {
                throw timeout(target);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Optional<String> header(ClassicHttpResponse response, String name) {
        return Optional.ofNullable(response.getFirstHeader(name)).map(Header::getValue);
    }

    private FetchFailedException tooLarge(FetchTarget target) {
        return new FetchFailedException(
                Reason.TOO_LARGE, "body of " + target.uri() + " is larger than " + maxBytes + " bytes");
    }

    private static FetchFailedException timeout(FetchTarget target) {
        return new FetchFailedException(Reason.TIMEOUT, "fetching " + target.uri() + " took too long");
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response == null) {
            return;
        }
        try {
            response.close();
        } catch (IOException | RuntimeException ignored) {
            // The connection is already discarded; nothing is left to release.
        }
    }
}
