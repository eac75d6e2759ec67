package io.cairn.usecase.reindex;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.common.Page;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.source.Source;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.reindex.ReindexListener;
import io.cairn.ports.in.reindex.ReindexScope;
import io.cairn.ports.in.reindex.ReindexUseCase;
import io.cairn.ports.in.source.IngestMode;
import io.cairn.ports.in.source.IngestSourceUseCase;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.SourceRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Finds the sources of a reindex scope across tenants, then rebuilds them one by one with {@link IngestMode#REBUILD}. */
public final class ReindexService implements ReindexUseCase {

    private final OrganizationRepository organizations;
    private final BotRepository bots;
    private final SourceRepository sources;
    private final IngestSourceUseCase ingest;

    public ReindexService(
            OrganizationRepository organizations,
            BotRepository bots,
            SourceRepository sources,
            IngestSourceUseCase ingest) {
        this.organizations = organizations;
        this.bots = bots;
        this.sources = sources;
        this.ingest = ingest;
    }

    @Override
    public List<Source> reindex(ReindexScope scope, ReindexListener listener) {
        List<Source> targets = sourcesOf(scope);
        List<Source> results = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Source source = targets.get(i);
            var progress = listener.started(source, i + 1, targets.size());
            Source result = ingest.ingest(source.organizationId(), source.id(), IngestMode.REBUILD, progress);
            listener.finished(result, i + 1, targets.size());
            results.add(result);
        }
        return results;
    }

    private List<Source> sourcesOf(ReindexScope scope) {
        if (scope instanceof ReindexScope.Tenant t) {
            Organization org = organizations
                    .findById(t.organization())
                    .orElseThrow(() -> new NotFoundException("organization", t.organization()));
            List<Source> all = new ArrayList<>();
            for (Bot bot : Page.all(page -> bots.list(org.id(), page))) {
                all.addAll(sourcesOf(bot));
            }
            return all;
        }
        if (scope instanceof ReindexScope.Bot b) {
            return sourcesOf(inAnyTenant(org -> bots.findById(org, b.bot()))
                    .orElseThrow(() -> new NotFoundException("bot", b.bot())));
        }
        ReindexScope.Source s = (ReindexScope.Source) scope;
        return List.of(inAnyTenant(org -> sources.findById(org, s.source()))
                .orElseThrow(() -> new NotFoundException("source", s.source())));
    }

    private List<Source> sourcesOf(Bot bot) {
        return Page.all(page -> sources.listByBot(bot.organizationId(), bot.id(), page));
    }

    private <T> Optional<T> inAnyTenant(Function<OrganizationId, Optional<T>> lookup) {
        for (Organization org : organizations.listAll()) {
            Optional<T> found = lookup.apply(org.id());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
