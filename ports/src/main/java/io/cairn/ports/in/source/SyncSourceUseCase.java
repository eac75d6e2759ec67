package io.cairn.ports.in.source;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.Actor;

/** Use case: an editor asks for a source to be ingested again. */
public interface SyncSourceUseCase {

    Source sync(Actor actor, BotId bot, SourceId source);
}
