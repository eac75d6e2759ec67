package io.cairn.adapter.in.http.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /auth/login}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogInRequest(String email, String password) {

    @Override
    public String toString() {
        return "LogInRequest[email=" + email + "]";
    }
}
