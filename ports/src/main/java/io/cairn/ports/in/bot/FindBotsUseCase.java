package io.cairn.ports.in.bot;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.tenant.Actor;

/** Use case: reading bots, by the organization's members or, for the widget, by publishable key. */
public interface FindBotsUseCase {

    Page<Bot> list(Actor actor, PageRequest page);

    /** @throws io.cairn.domain.error.NotFoundException when the bot is absent or another tenant's */
    Bot get(Actor actor, BotId id);

    /** @throws io.cairn.domain.error.NotFoundException when no bot has that key */
    Bot getByPublicKey(String publicKey);
}
