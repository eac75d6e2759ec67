package io.cairn.usecase.widget;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.ports.in.widget.VisitorIdentity;
import io.cairn.ports.out.security.VisitorSignaturePort;
import java.util.Optional;

/**
 * Decides who a widget visitor is. A bot that verifies identities requires a user id signed by its identity secret
 * and refuses anything else; a bot that does not stays anonymous, and an unsigned user id is never trusted.
 */
final class VisitorIdentities {

    private final VisitorSignaturePort signatures;

    VisitorIdentities(VisitorSignaturePort signatures) {
        this.signatures = signatures;
    }

    /** The proven user id, or nothing for an anonymous visitor. */
    Optional<String> verify(Bot bot, VisitorIdentity identity) {
        if (!bot.settings().identityVerification()) {
            return Optional.empty();
        }
        boolean proven = identity.userId().isPresent()
                && identity.userHash().isPresent()
                && signatures.verifies(
                        bot.identitySecret(),
                        identity.userId().get(),
                        identity.userHash().get());
        if (!proven) {
            throw new UnauthorizedException(
                    "invalid_visitor_identity", "This bot requires a visitor identity signed by its owner");
        }
        return identity.userId();
    }
}
