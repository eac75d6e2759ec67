package io.cairn.ports.out.fetch;

import java.net.URI;
import java.util.Map;

/**
 * Driven port: POSTs a webhook to a customer's URL through the same SSRF guard as every fetch (checked on the resolved
 * address), never following a redirect, under short time and size caps.
 */
public interface WebhookSenderPort {

    /**
     * Sends the body with the headers and answers whatever status came back; only 2xx counts as received.
     *
     * @throws FetchFailedException when the URL is refused or no answer came (network error, timeout)
     */
    WebhookResponse post(URI url, Map<String, String> headers, String body);
}
