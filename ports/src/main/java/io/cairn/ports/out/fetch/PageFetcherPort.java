package io.cairn.ports.out.fetch;

import java.net.URI;

/**
 * Driven port: the one way the product fetches a URL. Every implementation refuses private, loopback, link-local
 * and metadata addresses (checked on the resolved address, at every redirect hop) and caps size and time.
 */
public interface PageFetcherPort {

    /** @throws FetchFailedException with a reason when the page cannot or may not be fetched */
    FetchedPage fetch(URI uri);

    /**
     * A conditional GET: with validators, a server may answer {@link FetchedPage#NOT_MODIFIED} with an empty body.
     *
     * @throws FetchFailedException with a reason when the page cannot or may not be fetched
     */
    default FetchedPage fetch(URI uri, Validators validators) {
        return fetch(uri);
    }

    /**
     * Checks, without fetching, that a URL may be fetched at all: scheme, port and every address its host resolves
     * to. Fetching checks again at every hop, so this only lets a caller refuse bad input early.
     *
     * @throws FetchFailedException with the reason the URL is refused
     */
    default void vet(URI uri) {}
}
