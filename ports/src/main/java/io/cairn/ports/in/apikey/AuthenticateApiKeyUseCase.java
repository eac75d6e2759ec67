package io.cairn.ports.in.apikey;

import io.cairn.domain.bot.BotId;
import java.util.Optional;

/** Use case: turns a presented {@code ck_…} key into what it may do, or nothing when it must not work. */
public interface AuthenticateApiKeyUseCase {

    /** Empty for an unknown or revoked key, or one whose creator is no longer a member of its organization. */
    Optional<ApiKeyGrant> authenticate(String presentedKey);

    /** False when the bot is in another workspace than the key's; a missing bot is left for the route to refuse. */
    boolean mayReach(ApiKeyGrant grant, BotId bot);
}
