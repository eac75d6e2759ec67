package io.cairn.ports.out.persistence;

import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;
import java.util.Optional;

/** Driven port: stores the documents of sources with their hash, status and reason; every call names the tenant. */
public interface DocumentRepository {

    void save(Document document);

    Optional<Document> findById(OrganizationId organization, DocumentId id);

    Page<Document> listBySource(OrganizationId organization, SourceId source, PageRequest page);

    List<Document> listAllBySource(OrganizationId organization, SourceId source);

    void deleteBySource(OrganizationId organization, SourceId source);

    /** Forgets one document, for example a page that is gone from its site. */
    void delete(OrganizationId organization, DocumentId id);
}
