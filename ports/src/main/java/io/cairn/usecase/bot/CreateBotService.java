package io.cairn.usecase.bot;

import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.bot.IdentitySecret;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Workspace;
import io.cairn.ports.in.bot.CreateBotCommand;
import io.cairn.ports.in.bot.CreateBotUseCase;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.billing.PlanGate;
import java.util.function.Supplier;

/** Creates a bot with a fresh publishable key and identity secret in one of the actor's workspaces. */
public final class CreateBotService implements CreateBotUseCase {

    private final BotRepository bots;
    private final WorkspaceRepository workspaces;
    private final ClockPort clock;
    private final PlanGate plans;
    private final TransactionPort tx;

    /** Without plans: any number of bots. */
    public CreateBotService(BotRepository bots, WorkspaceRepository workspaces, ClockPort clock) {
        this(bots, workspaces, clock, PlanGate.OPEN, Supplier::get);
    }

    /** Refuses a bot the organization's plan has no room for, in the transaction that stores it. */
    public CreateBotService(
            BotRepository bots, WorkspaceRepository workspaces, ClockPort clock, PlanGate plans, TransactionPort tx) {
        this.bots = bots;
        this.workspaces = workspaces;
        this.clock = clock;
        this.plans = plans;
        this.tx = tx;
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
        tx.run(() -> {
            plans.admit(actor.organizationId(), UsageMetric.BOTS, 1);
            bots.save(bot);
        });
        return bot;
    }
}
