package io.cairn.usecase.bot;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.BotRepository;

/** Loads a bot inside a tenant; another tenant's bot is indistinguishable from a missing one. */
public final class TenantBots {

    private final BotRepository bots;

    public TenantBots(BotRepository bots) {
        this.bots = bots;
    }

    public Bot require(OrganizationId organization, BotId id) {
        return bots.findById(organization, id).orElseThrow(() -> new NotFoundException("bot", id));
    }
}
