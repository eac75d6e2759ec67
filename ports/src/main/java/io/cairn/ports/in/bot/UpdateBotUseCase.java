package io.cairn.ports.in.bot;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.Actor;

/** Use case: an editor renames a bot or changes its settings. */
public interface UpdateBotUseCase {

    Bot update(Actor actor, BotId id, UpdateBotCommand command);
}
