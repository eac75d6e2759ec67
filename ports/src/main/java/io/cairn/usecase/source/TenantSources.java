package io.cairn.usecase.source;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.usecase.bot.TenantBots;

/** Loads a source of a bot inside a tenant; a source of another bot or tenant is not found. */
final class TenantSources {

    private final TenantBots bots;
    private final SourceRepository sources;

    TenantSources(BotRepository bots, SourceRepository sources) {
        this.bots = new TenantBots(bots);
        this.sources = sources;
    }

    Source require(OrganizationId organization, BotId bot, SourceId id) {
        bots.require(organization, bot);
        return sources.findById(organization, id)
                .filter(s -> s.botId().equals(bot))
                .orElseThrow(() -> new NotFoundException("source", id));
    }
}
