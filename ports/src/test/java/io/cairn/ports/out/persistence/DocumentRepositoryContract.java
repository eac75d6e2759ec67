package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.anyDocument;
import static io.cairn.ports.out.persistence.PersistenceFixture.anySource;
import static io.cairn.ports.out.persistence.PersistenceFixture.at;
import static io.cairn.ports.out.persistence.PersistenceFixture.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.PageState;
import io.cairn.domain.source.Source;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link DocumentRepository} shares: the in-memory fake and each database adapter extend it. */
public abstract class DocumentRepositoryContract {

    private final OrganizationId orgA = OrganizationId.random();
    private final OrganizationId orgB = OrganizationId.random();
    private final Source source = anySource(orgA, BotId.random(), 0);
    private final Source otherSource = anySource(orgA, source.botId(), 0);
    private DocumentRepository documents;

    /** A repository to test; it may hold other tests' rows, never this test's random tenants. */
    protected abstract DocumentRepository newRepository();

    @BeforeEach
    void createRepository() {
        documents = newRepository();
    }

    @Test
    void should_find_document_when_saved() {
        // given
        Document document = anyDocument(source, "https://example.com/a", 1);
        // when
        documents.save(document);
        // then
        assertThat(documents.findById(orgA, document.id())).contains(document);
    }

    @Test
    void should_keep_hash_status_and_reason_when_saved_again() {
        // given
        Document document = anyDocument(source, "https://example.com/a", 1);
        documents.save(document);
        Document ready = document.ready("A page", "ab12cd", 7, at(2));
        documents.save(ready);
        // when
        Document failed = ready.failed("the page answered 404", at(3));
        documents.save(failed);
        // then
        assertThat(documents.findById(orgA, document.id())).contains(failed);
        assertThat(documents.listAllBySource(orgA, source.id())).containsExactly(failed);
    }

    @Test
    void should_find_nothing_when_document_belongs_to_another_tenant() {
        // given
        Document document = anyDocument(source, "https://example.com/a", 1);
        documents.save(document);
        // when / then
        assertThat(documents.findById(orgB, document.id())).isEmpty();
        assertThat(documents.findById(orgA, DocumentId.random())).isEmpty();
        assertThat(documents.listAllBySource(orgB, source.id())).isEmpty();
        assertThat(documents
                        .listBySource(orgB, source.id(), PageRequest.first(10))
                        .items())
                .isEmpty();
    }

    @Test
    void should_refuse_to_move_document_when_another_tenant_saves_the_same_id() {
        // given
        Document document = anyDocument(source, "https://example.com/a", 1);
        documents.save(document);
        Source foreign = anySource(orgB, BotId.random(), 0);
        Document hijack = new Document(
                document.id(),
                orgB,
                foreign.botId(),
                foreign.id(),
                "Hijack",
                "https://evil.example.com",
                "",
                document.status(),
                null,
                0,
                at(2));
        // when / then
        assertThatThrownBy(() -> documents.save(hijack)).isInstanceOf(RuntimeException.class);
        assertThat(documents.findById(orgA, document.id())).contains(document);
        assertThat(documents.findById(orgB, document.id())).isEmpty();
    }

    @Test
    void should_walk_documents_of_one_source_once_in_order_found_when_following_cursors() {
        // given
        List<Document> found = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> anyDocument(source, "https://example.com/" + i, i))
                .toList();
        found.forEach(documents::save);
        documents.save(anyDocument(otherSource, "https://example.com/other", 0));
        // when
        List<Document> walked = walk(2, page -> documents.listBySource(orgA, source.id(), page));
        // then
        assertThat(walked).containsExactlyElementsOf(found);
        assertThat(documents.listAllBySource(orgA, source.id())).containsExactlyElementsOf(found);
    }

    @Test
    void should_delete_documents_of_one_source_only_when_tenant_owns_them() {
        // given
        Document doomed = anyDocument(source, "https://example.com/a", 1);
        Document kept = anyDocument(otherSource, "https://example.com/b", 2);
        documents.save(doomed);
        documents.save(kept);
        // when
        documents.deleteBySource(orgB, source.id());
        // then
        assertThat(documents.findById(orgA, doomed.id())).contains(doomed);
        // when
        documents.deleteBySource(orgA, source.id());
        // then
        assertThat(documents.findById(orgA, doomed.id())).isEmpty();
        assertThat(documents.listAllBySource(orgA, source.id())).isEmpty();
        assertThat(documents.findById(orgA, kept.id())).contains(kept);
    }

    @Test
    void should_keep_page_state_and_notice_and_delete_only_the_tenants_own_document_when_asked() {
        // given
        Document page = anyDocument(source, "https://example.com/kept", 1)
                .withPage(new PageState("\"v7\"", "Tue, 03 Nov 2026 10:00:00 GMT", "2026-11-03T10:00:00Z", "abc123", 2))
                .withNotice("truncated: cut at the parser's limit");
        Document gone = anyDocument(source, "https://example.com/gone", 2);
        documents.save(page);
        documents.save(gone);

        // when
        documents.delete(orgB, gone.id());
        boolean survivedForeignDelete = documents.findById(orgA, gone.id()).isPresent();
        documents.delete(orgA, gone.id());

        // then
        assertThat(documents.findById(orgA, page.id())).contains(page);
        assertThat(survivedForeignDelete).isTrue();
        assertThat(documents.findById(orgA, gone.id())).isEmpty();
    }
}
