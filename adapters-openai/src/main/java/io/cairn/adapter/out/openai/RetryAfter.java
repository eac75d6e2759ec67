package io.cairn.adapter.out.openai;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/** Reads a {@code Retry-After} header in seconds; the HTTP-date form is rare from model providers and ignored. */
final class RetryAfter {

    private RetryAfter() {}

    static Optional<Duration> parse(HttpHeaders headers) {
        return headers.firstValue("Retry-After").flatMap(RetryAfter::seconds);
    }

    private static Optional<Duration> seconds(String value) {
        try {
            double seconds = Double.parseDouble(value.trim());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofMillis((long) (seconds * 1000)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
