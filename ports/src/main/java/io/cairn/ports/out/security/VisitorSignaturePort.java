package io.cairn.ports.out.security;

import io.cairn.domain.bot.IdentitySecret;

/**
 * Driven port: checks a widget visitor's signed identity, the hex HMAC-SHA256 of the user id under the bot's identity
 * secret, as the bot owner's backend computed it. Implementations compare in constant time.
 */
public interface VisitorSignaturePort {

    boolean verifies(IdentitySecret secret, String userId, String signature);
}
