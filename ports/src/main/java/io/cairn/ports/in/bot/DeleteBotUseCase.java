package io.cairn.ports.in.bot;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.Actor;

/** Use case: an editor deletes a bot, its sources and its index entries. */
public interface DeleteBotUseCase {

    void delete(Actor actor, BotId id);
}
