package io.cairn.usecase.source;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceType;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.source.AddSourceCommand;
import io.cairn.ports.in.source.AddSourceCommand.AddFile;
import io.cairn.ports.in.source.AddSourceCommand.AddText;
import io.cairn.ports.in.source.AddSourceCommand.AddUrl;
import io.cairn.ports.in.source.AddSourceUseCase;
import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobQueuePort;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.persistence.StoredContent;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.bot.TenantBots;
import java.net.URI;
import java.util.Locale;

/** Records a new source and its raw content as pending, then queues its ingestion. */
public final class AddSourceService implements AddSourceUseCase {

    private final TenantBots bots;
    private final SourceRepository sources;
    private final SourceContentRepository contents;
    private final JobQueuePort jobs;
    private final TransactionPort tx;
    private final ClockPort clock;

    public AddSourceService(
            BotRepository bots,
            SourceRepository sources,
            SourceContentRepository contents,
            JobQueuePort jobs,
            TransactionPort tx,
            ClockPort clock) {
        this.bots = new TenantBots(bots);
        this.sources = sources;
        this.contents = contents;
        this.jobs = jobs;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Source add(Actor actor, AddSourceCommand command) {
        actor.requireEditor();
        Bot bot = bots.require(actor.organizationId(), command.botId());
        Source source = tx.inTransaction(() -> store(bot, command));
        if (command.inBackground()) {
            jobs.enqueue(new Job(
                    Job.INGEST_SOURCE, source.organizationId(), source.id().toString()));
        }
        return source;
    }

    private Source store(Bot bot, AddSourceCommand command) {
        if (command instanceof AddText t) {
            var content = new StoredContent(TextBundle.encode(t.documents()), "", TextBundle.MEDIA_TYPE);
            return store(bot, SourceType.TEXT, t.title(), "", content);
        }
        if (command instanceof AddUrl u) {
            return store(bot, SourceType.URL, u.url(), checkedUrl(u.url()), null);
        }
        AddFile f = (AddFile) command;
        var content = new StoredContent(f.bytes(), f.fileName(), f.declaredType());
        return store(bot, SourceType.FILE, f.fileName(), f.fileName(), content);
    }

    private Source store(Bot bot, SourceType type, String title, String location, StoredContent content) {
        Source source = Source.pending(bot.organizationId(), bot.id(), type, title, location, clock.now());
        sources.save(source);
        if (content != null) {
            contents.put(bot.organizationId(), source.id(), content);
        }
        return source;
    }

    static String checkedUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ValidationException("url", "must be an absolute http(s) URL");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new ValidationException("url", "must be an absolute http(s) URL");
        }
    }
}
