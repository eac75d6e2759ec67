package io.cairn.adapter.out.scraper;

import io.cairn.adapter.out.scraper.CappedExchange.Hop;
import io.cairn.adapter.out.scraper.CappedExchange.Landed;
import io.cairn.adapter.out.scraper.CappedExchange.Redirect;
import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.FetchFailedException.Reason;
import io.cairn.ports.out.fetch.FetchedPage;
import io.cairn.ports.out.fetch.PageFetcherPort;
import io.cairn.ports.out.fetch.Validators;
import io.cairn.ports.out.fetch.WebhookResponse;
import io.cairn.ports.out.fetch.WebhookSenderPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Driven adapter for {@link PageFetcherPort} and {@link WebhookSenderPort} on Apache HttpClient 5: the product's one
 * outbound HTTP client, behind an SSRF guard checked at every redirect hop, with byte and time caps.
 */
public final class GuardedPageFetcherAdapter implements PageFetcherPort, WebhookSenderPort, AutoCloseable {

    private final FetchSettings settings;
    private final GuardedDnsResolver resolver;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService alarms;
    private final CappedExchange exchange;
    private final WebhookPost webhooks;

    public GuardedPageFetcherAdapter(FetchSettings settings) {
        this(settings, AddressPolicy.of(settings));
    }

    /** Test seam: the same code path with another address policy, for example one loopback port let through. */
    GuardedPageFetcherAdapter(FetchSettings settings, AddressPolicy policy) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.resolver = new GuardedDnsResolver(Objects.requireNonNull(policy, "policy"));
        this.client = GuardedHttpClients.create(settings, resolver);
        this.alarms = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "cairn-fetch-deadline");
            thread.setDaemon(true);
            return thread;
        });
        this.exchange = new CappedExchange(client, alarms, settings.maxBytes());
        this.webhooks = new WebhookPost(client, alarms);
    }

    @Override
    public FetchedPage fetch(URI uri) {
        return fetch(uri, Validators.NONE);
    }

    @Override
    public void vet(URI uri) {
        Objects.requireNonNull(uri, "uri");
        FetchTarget target = FetchTarget.of(uri, settings.allowedPorts());
        try {
            resolver.resolve(target.host(), target.port());
        } catch (BlockedAddressException e) {
            throw new FetchFailedException(Reason.BLOCKED_BY_SSRF_GUARD, e.getMessage(), e);
        } catch (UnknownHostException e) {
            throw new FetchFailedException(Reason.NETWORK_ERROR, "host not found: " + target.host(), e);
        }
    }

    @Override
    public FetchedPage fetch(URI uri, Validators validators) {
        Objects.requireNonNull(uri, "uri");
        long deadlineNanos = System.nanoTime() + settings.totalTimeout().toNanos();
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            // Every hop goes through the same checks as the first URL: scheme, port, then the guarded DNS step.
            Hop hop = exchange.run(FetchTarget.of(current, settings.allowedPorts()), deadlineNanos, validators);
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

    /** The same scheme, port and resolved-address checks as a fetch; the client never follows the redirect. */
    @Override
    public WebhookResponse post(URI url, Map<String, String> headers, String body) {
        Objects.requireNonNull(url, "url");
        return webhooks.run(FetchTarget.of(url, settings.allowedPorts()), headers, body);
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
