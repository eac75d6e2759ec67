package io.cairn.ports.in.source;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.source.SyncReport;
import io.cairn.domain.tenant.Actor;
import java.util.List;

/** Use case: reading a bot's sources and their documents, with status, counts and reasons. */
public interface FindSourcesUseCase {

    Page<Source> list(Actor actor, BotId bot, PageRequest page);

    Source get(Actor actor, BotId bot, SourceId source);

    Page<Document> documents(Actor actor, BotId bot, SourceId source, PageRequest page);

    /** The newest reports of the source's ingestion runs, newest first. */
    List<SyncReport> syncReports(Actor actor, BotId bot, SourceId source, int limit);
}
