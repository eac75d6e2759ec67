package io.cairn.ports.out.fetch;

import java.net.URI;

/**
 * Driven port: the one way the product fetches a URL. Every implementation refuses private, loopback, link-local
 * and metadata addresses (checked on the resolved address, at every redirect hop) and caps size and time.
 */
public interface PageFetcherPort {

    /** @throws FetchFailedException with a reason when the page cannot or may not be fetched */
    FetchedPage fetch(URI uri);
}
