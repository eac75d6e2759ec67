package io.cairn.ports.out.persistence;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Driven port: stores sources with their status and counts; every call names the tenant. */
public interface SourceRepository {

    void save(Source source);

    Optional<Source> findById(OrganizationId organization, SourceId id);

    Page<Source> listByBot(OrganizationId organization, BotId bot, PageRequest page);

    boolean delete(OrganizationId organization, SourceId id);

    /**
     * Sources of every tenant whose scheduled sync is due at {@code now}, oldest due first: the one cross-tenant read,
     * used only by the scheduler.
     */
    List<Source> listDue(Instant now, int limit);
}
