package io.cairn.adapter.in.http.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /auth/signup}; the rules live in the domain's sign-up command. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignUpRequest(String email, String password, String organizationName) {

    @Override
    public String toString() {
        return "SignUpRequest[email=" + email + ", organizationName=" + organizationName + "]";
    }
}
