package io.cairn.domain.session;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies a refresh-token family: one sign-in session, from log-in to log-out or revocation. */
public record TokenFamilyId(UUID value) {

    public TokenFamilyId {
        Ids.require(value, "token family");
    }

    public static TokenFamilyId random() {
        return new TokenFamilyId(UUID.randomUUID());
    }

    public static TokenFamilyId parse(String text) {
        return new TokenFamilyId(Ids.parse("token_family", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
