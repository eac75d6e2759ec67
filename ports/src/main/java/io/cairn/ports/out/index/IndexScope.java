package io.cairn.ports.out.index;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import java.util.Objects;

/** The tenant and bot every index read and write is confined to. */
public record IndexScope(OrganizationId organizationId, BotId botId) {

    public IndexScope {
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(botId);
    }
}
