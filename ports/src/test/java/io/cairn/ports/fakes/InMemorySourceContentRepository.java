package io.cairn.ports.fakes;

import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.StoredContent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory source contents for service tests. */
public class InMemorySourceContentRepository implements SourceContentRepository {

    private final Map<String, StoredContent> rows = new ConcurrentHashMap<>();

    @Override
    public void put(OrganizationId organization, SourceId source, StoredContent content) {
        rows.put(organization + "/" + source, content);
    }

    @Override
    public Optional<StoredContent> get(OrganizationId organization, SourceId source) {
        return Optional.ofNullable(rows.get(organization + "/" + source));
    }

    @Override
    public void delete(OrganizationId organization, SourceId source) {
        rows.remove(organization + "/" + source);
    }
}
