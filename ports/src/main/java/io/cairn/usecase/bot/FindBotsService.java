package io.cairn.usecase.bot;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.bot.FindBotsUseCase;
import io.cairn.ports.out.persistence.BotRepository;

/** Reads bots inside the actor's tenant, or by publishable key for the widget. */
public final class FindBotsService implements FindBotsUseCase {

    private final BotRepository bots;
    private final TenantBots tenantBots;

    public FindBotsService(BotRepository bots) {
        this.bots = bots;
        this.tenantBots = new TenantBots(bots);
    }

    @Override
    public Page<Bot> list(Actor actor, PageRequest page) {
        return bots.list(actor.organizationId(), page);
    }

    @Override
    public Bot get(Actor actor, BotId id) {
        return tenantBots.require(actor.organizationId(), id);
    }

    @Override
    public Bot getByPublicKey(String publicKey) {
        return bots.findByPublicKey(publicKey).orElseThrow(() -> new NotFoundException("bot", publicKey));
    }
}
