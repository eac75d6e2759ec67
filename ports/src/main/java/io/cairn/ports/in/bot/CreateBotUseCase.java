package io.cairn.ports.in.bot;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.tenant.Actor;

/** Use case: an editor creates a bot in a workspace of their organization. */
public interface CreateBotUseCase {

    Bot create(Actor actor, CreateBotCommand command);
}
