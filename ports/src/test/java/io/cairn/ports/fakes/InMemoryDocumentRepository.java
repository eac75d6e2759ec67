package io.cairn.ports.fakes;

import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.DocumentRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory documents for service tests, kept in insertion order. */
public class InMemoryDocumentRepository implements DocumentRepository {

    private final Map<DocumentId, Document> rows = new LinkedHashMap<>();

    @Override
    public synchronized void save(Document document) {
        Document existing = rows.get(document.id());
        if (existing != null && !existing.organizationId().equals(document.organizationId())) {
            throw new IllegalStateException("a document never changes tenant");
        }
        rows.put(document.id(), document);
    }

    @Override
    public synchronized Optional<Document> findById(OrganizationId organization, DocumentId id) {
        return Optional.ofNullable(rows.get(id)).filter(d -> d.organizationId().equals(organization));
    }

    @Override
    public synchronized Page<Document> listBySource(OrganizationId organization, SourceId source, PageRequest page) {
        return InMemoryPaging.page(listAllBySource(organization, source), page);
    }

    @Override
    public synchronized List<Document> listAllBySource(OrganizationId organization, SourceId source) {
        return rows.values().stream()
                .filter(d ->
                        d.organizationId().equals(organization) && d.sourceId().equals(source))
                .toList();
    }

    @Override
    public synchronized void deleteBySource(OrganizationId organization, SourceId source) {
        rows.values()
                .removeIf(d ->
                        d.organizationId().equals(organization) && d.sourceId().equals(source));
    }

    @Override
    public synchronized void delete(OrganizationId organization, DocumentId id) {
        rows.values().removeIf(d -> d.organizationId().equals(organization) && d.id().equals(id));
    }
}
