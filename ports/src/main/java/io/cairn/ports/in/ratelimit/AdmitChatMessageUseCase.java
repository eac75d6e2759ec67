package io.cairn.ports.in.ratelimit;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.Actor;

/**
 * Use case: admit one chat message from a signed-in member under the organization's plan limits (per member, per
 * bot, per organization), before anything is answered.
 *
 * @throws io.cairn.domain.error.RateLimitedException when a limit is reached
 */
public interface AdmitChatMessageUseCase {

    void admit(Actor actor, BotId bot, String clientAddress);
}
