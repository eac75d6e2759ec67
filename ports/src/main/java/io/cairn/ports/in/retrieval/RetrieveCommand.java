package io.cairn.ports.in.retrieval;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.common.Text;
import io.cairn.domain.tenant.OrganizationId;
import java.util.Objects;
import java.util.Optional;

/** A search over one bot's chunks; the mode defaults to the bot's setting. */
public record RetrieveCommand(
        OrganizationId organizationId, BotId botId, String query, Optional<RetrievalMode> mode, int limit) {

    public RetrieveCommand {
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(botId);
        query = Text.required(query, "query", 4_000);
        Objects.requireNonNull(mode);
        if (limit < 1 || limit > 1_000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000");
        }
    }
}
