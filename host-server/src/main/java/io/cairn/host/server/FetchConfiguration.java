package io.cairn.host.server;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * The outbound fetcher's and crawler's settings under {@code cairn.fetch.*}. By default only public addresses on
 * ports 80 and 443 are fetched; an operator may allow more ports and trust exact {@code address:port} pairs (an
 * intranet site) in explicit configuration.
 *
 * @param allowedPorts the ports a fetched URL may use
 * @param trustedTargets resolved {@code address:port} pairs fetched even though the address is private
 * @param maxBytes the largest body fetched, after decompression
 * @param totalTimeout the longest one fetch may take, redirects included
 * @param maxRedirects how many redirects one fetch follows
 * @param crawlDelay the pause between two requests of a crawl to the same host (robots.txt may ask for more)
 * @param crawlPerHost how many requests this process sends one host at once
 */
@ConfigurationProperties("cairn.fetch")
public record FetchConfiguration(
        @Bindable(defaultValue = "80,443") List<Integer> allowedPorts,
        @Bindable(defaultValue = "") List<String> trustedTargets,
        @Bindable(defaultValue = "10485760") long maxBytes,
        @Bindable(defaultValue = "30s") Duration totalTimeout,
        @Bindable(defaultValue = "5") int maxRedirects,
        @Bindable(defaultValue = "500ms") Duration crawlDelay,
        @Bindable(defaultValue = "1") int crawlPerHost) {}
