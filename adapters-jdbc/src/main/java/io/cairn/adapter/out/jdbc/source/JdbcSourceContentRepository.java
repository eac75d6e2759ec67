package io.cairn.adapter.out.jdbc.source;

import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.StoredContent;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Driven adapter: keeps the uploaded bytes of sources in their own table, keyed by tenant and source. */
@Singleton
@TenantScoped
public class JdbcSourceContentRepository implements SourceContentRepository {

    private final SourceContentRows rows;

    JdbcSourceContentRepository(SourceContentRows rows) {
        this.rows = rows;
    }

    @Override
    public void put(OrganizationId organization, SourceId source, StoredContent content) {
        SourceContentKey key = new SourceContentKey(organization.value(), source.value());
        long updated = rows.updateOwned(
                key.organizationId(), key.sourceId(), content.fileName(), content.mediaType(), content.bytes());
        if (updated == 0) {
            rows.save(new SourceContentRow(key, content.fileName(), content.mediaType(), content.bytes()));
        }
    }

    @Override
    public Optional<StoredContent> get(OrganizationId organization, SourceId source) {
        return rows.findById(new SourceContentKey(organization.value(), source.value()))
                .map(row -> new StoredContent(row.content(), row.fileName(), row.mediaType()));
    }

    @Override
    public void delete(OrganizationId organization, SourceId source) {
        rows.deleteOwned(organization.value(), source.value());
    }
}
