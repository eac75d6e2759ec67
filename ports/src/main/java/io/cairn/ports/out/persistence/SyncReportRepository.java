package io.cairn.ports.out.persistence;

import io.cairn.domain.source.SourceId;
import io.cairn.domain.source.SyncReport;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;

/** Driven port: keeps the report of every ingestion run of a source; every call names the tenant. */
public interface SyncReportRepository {

    void save(SyncReport report);

    /** The newest {@code limit} reports of a source, newest first. */
    List<SyncReport> latest(OrganizationId organization, SourceId source, int limit);

    void deleteBySource(OrganizationId organization, SourceId source);
}
