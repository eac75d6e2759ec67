package io.cairn.ports.in.billing;

import java.util.Map;
import java.util.Objects;

/** A webhook as it arrived for the provider its route names: headers and the exact bytes of the body. */
public record PaymentWebhook(String provider, Map<String, String> headers, byte[] body) {

    public PaymentWebhook {
        Objects.requireNonNull(provider);
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
