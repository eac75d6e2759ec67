package io.cairn.ports.in.reindex;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import java.util.Objects;

/** What an operator reindexes: every source of a tenant, of a bot, or one source, found in whichever tenant holds it. */
public sealed interface ReindexScope {

    record Tenant(OrganizationId organization) implements ReindexScope {
        public Tenant {
            Objects.requireNonNull(organization);
        }
    }

    record Bot(BotId bot) implements ReindexScope {
        public Bot {
            Objects.requireNonNull(bot);
        }
    }

    record Source(SourceId source) implements ReindexScope {
        public Source {
            Objects.requireNonNull(source);
        }
    }
}
