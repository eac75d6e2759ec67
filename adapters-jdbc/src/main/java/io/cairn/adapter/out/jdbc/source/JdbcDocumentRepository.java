package io.cairn.adapter.out.jdbc.source;

import io.cairn.adapter.out.jdbc.support.EnumColumns;
import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.KeysetCursor;
import io.cairn.adapter.out.jdbc.support.OwnedRows;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.PageState;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.DocumentRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Driven adapter: stores the documents of sources with hash, status and reason in the relational database. */
@Singleton
@TenantScoped
public class JdbcDocumentRepository implements DocumentRepository {

    private final DocumentRows rows;

    JdbcDocumentRepository(DocumentRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(Document d) {
        UUID id = d.id().value();
        String status = EnumColumns.store(d.status());
        OwnedRows.save(
                "document",
                id,
                () -> rows.updateOwned(
                        id,
                        d.organizationId().value(),
                        d.botId().value(),
                        d.sourceId().value(),
                        d.title(),
                        d.url(),
                        d.contentHash(),
                        status,
                        d.error(),
                        d.chunkCount(),
                        Keyset.stored(d.updatedAt()),
                        d.page().etag(),
                        d.page().lastModified(),
                        d.page().sitemapLastmod(),
                        d.page().bodyHash(),
                        d.page().depth(),
                        d.notice()),
                () -> rows.existsById(id),
                () -> rows.save(firstRow(d, status)));
    }

    @Override
    public Optional<Document> findById(OrganizationId organization, DocumentId id) {
        return rows.findByIdAndOrganizationId(id.value(), organization.value()).map(JdbcDocumentRepository::toDomain);
    }

    @Override
    public Page<Document> listBySource(OrganizationId organization, SourceId source, PageRequest page) {
        UUID org = organization.value();
        int size = Keyset.fetchSize(page);
        List<DocumentRow> fetched = KeysetCursor.decode(page.cursor())
                .map(after -> rows.pageAfter(org, source.value(), after.createdAt(), after.id(), size))
                .orElseGet(() -> rows.firstPage(org, source.value(), size));
        return Keyset.page(
                fetched, page, r -> new KeysetCursor(r.createdAt(), r.id()), JdbcDocumentRepository::toDomain);
    }

    @Override
    public List<Document> listAllBySource(OrganizationId organization, SourceId source) {
        return rows.listAllBySource(organization.value(), source.value()).stream()
                .map(JdbcDocumentRepository::toDomain)
                .toList();
    }

    @Override
    public void deleteBySource(OrganizationId organization, SourceId source) {
        rows.deleteByOrganizationIdAndSourceId(organization.value(), source.value());
    }

    @Override
    public void delete(OrganizationId organization, DocumentId id) {
        rows.deleteByIdAndOrganizationId(id.value(), organization.value());
    }

    /** The row of a document seen for the first time: its update time becomes its place in the source. */
    private static DocumentRow firstRow(Document d, String status) {
        return new DocumentRow(
                d.id().value(),
                d.organizationId().value(),
                d.botId().value(),
                d.sourceId().value(),
                d.title(),
                d.url(),
                d.contentHash(),
                status,
                d.error(),
                d.chunkCount(),
                Keyset.stored(d.updatedAt()),
                Keyset.stored(d.updatedAt()),
                d.page().etag(),
                d.page().lastModified(),
                d.page().sitemapLastmod(),
                d.page().bodyHash(),
                d.page().depth(),
                d.notice());
    }

    private static Document toDomain(DocumentRow r) {
        return new Document(
                new DocumentId(r.id()),
                new OrganizationId(r.organizationId()),
                new BotId(r.botId()),
                new SourceId(r.sourceId()),
                r.title(),
                r.url(),
                r.contentHash(),
                EnumColumns.load(IngestStatus.class, r.status()),
                r.error(),
                r.chunkCount(),
                r.updatedAt(),
                new PageState(r.etag(), r.lastModified(), r.sitemapLastmod(), r.bodyHash(), r.depth()),
                r.notice());
    }
}
