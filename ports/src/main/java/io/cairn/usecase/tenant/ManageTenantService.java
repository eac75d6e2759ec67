package io.cairn.usecase.tenant;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.common.Page;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.tenant.ManageTenantUseCase;
import io.cairn.ports.in.tenant.TenantErasure;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.index.RetrievalIndexPort;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.TenantErasurePort;
import io.cairn.ports.out.time.ClockPort;
import java.util.Map;
import java.util.Optional;

/**
 * Suspends and resumes tenants, and deletes them: first every bot's chunks from the index, then every relational row
 * in one transaction. A delete interrupted between the two is simply run again.
 */
public final class ManageTenantService implements ManageTenantUseCase {

    private final OrganizationRepository organizations;
    private final BotRepository bots;
    private final RetrievalIndexPort index;
    private final TenantErasurePort erasure;
    private final ClockPort clock;

    public ManageTenantService(
            OrganizationRepository organizations,
            BotRepository bots,
            RetrievalIndexPort index,
            TenantErasurePort erasure,
            ClockPort clock) {
        this.organizations = organizations;
        this.bots = bots;
        this.index = index;
        this.erasure = erasure;
        this.clock = clock;
    }

    @Override
    public Organization suspend(OrganizationId id) {
        Organization suspended = require(id).suspend(clock.now());
        organizations.save(suspended);
        return suspended;
    }

    @Override
    public Organization resume(OrganizationId id) {
        Organization resumed = require(id).resume();
        organizations.save(resumed);
        return resumed;
    }

    @Override
    public TenantErasure delete(OrganizationId id) {
        Organization org = require(id);
        long chunks = 0;
        for (Bot bot : Page.all(page -> bots.list(id, page))) {
            IndexScope scope = new IndexScope(id, bot.id());
            chunks += index.count(scope);
            index.deleteBot(scope);
        }
        Map<String, Long> rows = erasure.erase(id);
        return new TenantErasure(org, chunks, rows);
    }

    private Organization require(OrganizationId id) {
        Optional<Organization> org = organizations.findById(id);
        return org.orElseThrow(() -> new NotFoundException("organization", id));
    }
}
