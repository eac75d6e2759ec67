package io.cairn.ports.fakes;

import io.cairn.domain.bot.IdentitySecret;
import io.cairn.ports.out.security.VisitorSignaturePort;

/** A readable stand-in for HMAC signatures: tests sign with {@link #sign}, anything else fails to verify. */
public class FakeVisitorSignatures implements VisitorSignaturePort {

    public static String sign(IdentitySecret secret, String userId) {
        return "signed(" + userId + ")with(" + secret.value() + ")";
    }

    @Override
    public boolean verifies(IdentitySecret secret, String userId, String signature) {
        return sign(secret, userId).equals(signature);
    }
}
