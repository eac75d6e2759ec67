package io.cairn.usecase.bot;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.bot.IdentitySecret;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Workspace;
import io.cairn.ports.in.bot.CreateBotCommand;
import io.cairn.ports.in.bot.CreateBotUseCase;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.time.ClockPort;

/** Creates a bot with a fresh publishable key and identity secret in one of the actor's workspaces. */
public final class CreateBotService implements CreateBotUseCase {

    private final BotRepository bots;
    private final WorkspaceRepository workspaces;
    private final ClockPort clock;

    public CreateBotService(BotRepository bots, WorkspaceRepository workspaces, ClockPort clock) {
        this.bots = bots;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Override
    public Bot create(Actor actor, CreateBotCommand command) {
        actor.requireEditor();
        Workspace workspace = command.workspaceId()
                .map(id -> workspaces
                        .findById(actor.organizationId(), id)
                        .orElseThrow(() -> new NotFoundException("workspace", id)))
                .orElseGet(() -> workspaces.listByOrganization(actor.organizationId()).stream()
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("workspace", actor.organizationId())));
        Bot bot = new Bot(
                BotId.random(),
                actor.organizationId(),
                workspace.id(),
                command.name(),
                Bot.newPublicKey(),
                IdentitySecret.generate(),
                command.settings(),
                clock.now());
        bots.save(bot);
        return bot;
    }
}
