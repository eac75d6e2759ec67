package io.cairn.adapter.out.scraper;

import io.cairn.adapter.out.scraper.CappedExchange.Hop;
import io.cairn.adapter.out.scraper.CappedExchange.Landed;
import io.cairn.adapter.out.scraper.CappedExchange.Redirect;
import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.FetchFailedException.Reason;
import io.cairn.ports.out.fetch.FetchedPage;
import io.cairn.ports.out.fetch.PageFetcherPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Driven adapter for {@link PageFetcherPort} on Apache HttpClient 5: the product's one outbound fetcher, behind an SSRF
 * guard checked at every redirect hop, with byte and time caps.
 */
public final class GuardedPageFetcherAdapter implements PageFetcherPort, AutoCloseable {

    private final FetchSettings settings;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService alarms;
    private final CappedExchange exchange;

    public GuardedPageFetcherAdapter(FetchSettings settings) {
        this(settings, AddressPolicy.of(settings));
    }

    /** Test seam: the same code path with another address policy, for example one loopback port let through. */
    GuardedPageFetcherAdapter(FetchSettings settings, AddressPolicy policy) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = GuardedHttpClients.create(settings, Objects.requireNonNull(policy, "policy"));
        this.alarms = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "cairn-fetch-deadline");
            thread.setDaemon(true);
            return thread;
        });
        this.exchange = new CappedExchange(client, alarms, settings.maxBytes());
    }

    @Override
    public FetchedPage fetch(URI uri) {
        Objects.requireNonNull(uri, "uri");
        long deadlineNanos = System.nanoTime() + settings.totalTimeout().toNanos();
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            // Every hop goes through the same checks as the first URL: scheme, port, then the guarded DNS step.
            Hop hop = exchange.run(FetchTarget.of(current, settings.allowedPorts()), deadlineNanos);
            if (hop instanceof Landed landed) {
                return landed.page();
            }
            if (redirects == settings.maxRedirects()) {
                throw new FetchFailedException(
                        Reason.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects() + " redirects from " + uri);
            }
            current = next(current, ((Redirect) hop).location());
        }
    }

    @Override
    public void close() {
        alarms.shutdownNow();
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI next(URI current, String location) {
        try {
            URI base = current.getRawPath() == null || current.getRawPath().isEmpty() ? current.resolve("/") : current;
            return base.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchFailedException(Reason.INVALID_URL, "bad redirect location: " + location, e);
        }
    }
}
