package io.cairn.adapter.out.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairn.ports.out.payments.CheckoutLink;
import io.cairn.ports.out.payments.PaymentProviderException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts to a payment provider's REST API and reads the checkout page's {@code url} from the answer. The API host
 * is fixed by the operator's configuration, never taken from a user or a webhook, which is why these calls do not
 * go through the SSRF-guarded fetcher that every user-supplied URL must.
 */
public final class ProviderApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String name;
    private final String bearerToken;

    public ProviderApi(String name, String bearerToken) {
        this.name = name;
        this.bearerToken = bearerToken;
    }

    public CheckoutLink postForCheckoutUrl(URI endpoint, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearerToken)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new PaymentProviderException(name + " could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentProviderException(name + " call was interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new PaymentProviderException(name + " refused the checkout with HTTP " + response.statusCode());
        }
        try {
            JsonNode answer = JsonBodies.parse(response.body());
            return new CheckoutLink(URI.create(JsonBodies.text(answer, "url")
                    .orElseThrow(() -> new PaymentProviderException(name + " answered without a checkout url"))));
        } catch (RuntimeException e) {
            if (e instanceof PaymentProviderException p) {
                throw p;
            }
            throw new PaymentProviderException(name + " answered with something that is not a checkout", e);
        }
    }
}
