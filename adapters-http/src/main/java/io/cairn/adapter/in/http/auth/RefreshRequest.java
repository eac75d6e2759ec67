package io.cairn.adapter.in.http.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /auth/refresh}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record RefreshRequest(String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[…]";
    }
}
