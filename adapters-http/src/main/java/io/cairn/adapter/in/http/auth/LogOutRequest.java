package io.cairn.adapter.in.http.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

/** Optional body of {@code POST /auth/logout}: a refresh token whose family should end too. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogOutRequest(String refreshToken) {

    @Override
    public String toString() {
        return "LogOutRequest[…]";
    }
}
