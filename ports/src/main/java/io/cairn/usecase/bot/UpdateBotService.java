package io.cairn.usecase.bot;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.bot.UpdateBotCommand;
import io.cairn.ports.in.bot.UpdateBotUseCase;
import io.cairn.ports.out.persistence.BotRepository;

/** Renames a bot or changes its settings; the publishable key and tenant never change. */
public final class UpdateBotService implements UpdateBotUseCase {

    private final BotRepository bots;
    private final TenantBots tenantBots;

    public UpdateBotService(BotRepository bots) {
        this.bots = bots;
        this.tenantBots = new TenantBots(bots);
    }

    @Override
    public Bot update(Actor actor, BotId id, UpdateBotCommand command) {
        actor.requireEditor();
        Bot current = tenantBots.require(actor.organizationId(), id);
        Bot updated = current.withName(command.name().orElse(current.name()))
                .withSettings(command.settingsChange().apply(current.settings()));
        bots.save(updated);
        return updated;
    }
}
