package io.cairn.ports.in.source;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.Actor;

/** Use case: an editor removes a source; its documents and chunks leave the index at once. */
public interface DeleteSourceUseCase {

    void delete(Actor actor, BotId bot, SourceId source);
}
