package io.cairn.host.cli;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.bot.FindBotsUseCase;
import io.cairn.ports.in.tenant.ListTenantsUseCase;
import jakarta.inject.Singleton;
import java.util.List;

/** The operator's view across tenants: finds a bot's tenant, or the one tenant meant when none is named. */
@Singleton
final class Operator {

    private final ListTenantsUseCase tenants;
    private final FindBotsUseCase bots;

    Operator(ListTenantsUseCase tenants, FindBotsUseCase bots) {
        this.tenants = tenants;
        this.bots = bots;
    }

    Bot bot(String id) {
        BotId botId = BotId.parse(id);
        for (Organization org : tenants.list()) {
            try {
                return bots.get(Actor.operator(org.id()), botId);
            } catch (NotFoundException notHere) {
                // keep looking in the next tenant
            }
        }
        throw new NotFoundException("bot", id);
    }

    Actor actorFor(Bot bot) {
        return Actor.operator(bot.organizationId());
    }

    OrganizationId tenant(String idOrNull) {
        if (idOrNull != null) {
            OrganizationId id = OrganizationId.parse(idOrNull);
            return tenants.list().stream()
                    .map(Organization::id)
                    .filter(id::equals)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("organization", idOrNull));
        }
        List<Organization> all = tenants.list();
        if (all.size() != 1) {
            throw new ValidationException(
                    "--tenant",
                    all.isEmpty()
                            ? "no tenant exists yet: run 'cairn tenants create'"
                            : "several tenants exist: pass --tenant");
        }
        return all.get(0).id();
    }
}
