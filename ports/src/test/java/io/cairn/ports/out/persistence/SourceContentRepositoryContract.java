package io.cairn.ports.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SourceContentRepository} shares: the fake and each database adapter extend it. */
public abstract class SourceContentRepositoryContract {

    private final OrganizationId orgA = OrganizationId.random();
    private final OrganizationId orgB = OrganizationId.random();
    private final SourceId source = SourceId.random();
    private SourceContentRepository contents;

    /** A repository to test; it may hold other tests' rows, never this test's random tenants. */
    protected abstract SourceContentRepository newRepository();

    @BeforeEach
    void createRepository() {
        contents = newRepository();
    }

    @Test
    void should_return_same_bytes_name_and_type_when_stored() {
        // given
        byte[] bytes = new byte[5 * 1024 * 1024];
        new Random(42).nextBytes(bytes);
        // when
        contents.put(orgA, source, new StoredContent(bytes, "handbook.pdf", "application/pdf"));
        // then
        StoredContent stored = contents.get(orgA, source).orElseThrow();
        assertThat(stored.bytes()).isEqualTo(bytes);
        assertThat(stored.fileName()).isEqualTo("handbook.pdf");
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void should_replace_content_when_stored_again() {
        // given
        contents.put(orgA, source, text("first"));
        // when
        contents.put(orgA, source, text("second"));
        // then
        assertThat(contents.get(orgA, source).orElseThrow().bytes()).asString().isEqualTo("second");
    }

    @Test
    void should_keep_empty_content_when_stored() {
        // when
        contents.put(orgA, source, new StoredContent(new byte[0], null, null));
        // then
        StoredContent stored = contents.get(orgA, source).orElseThrow();
        assertThat(stored.bytes()).isEmpty();
        assertThat(stored.fileName()).isEmpty();
        assertThat(stored.mediaType()).isEmpty();
    }

    @Test
    void should_find_nothing_when_content_belongs_to_another_tenant() {
        // given
        contents.put(orgA, source, text("secret"));
        // when / then
        assertThat(contents.get(orgB, source)).isEmpty();
        assertThat(contents.get(orgA, SourceId.random())).isEmpty();
    }

    @Test
    void should_keep_each_tenants_content_apart_when_source_ids_match() {
        // given
        contents.put(orgA, source, text("mine"));
        // when
        contents.put(orgB, source, text("theirs"));
        // then
        assertThat(contents.get(orgA, source).orElseThrow().bytes()).asString().isEqualTo("mine");
        assertThat(contents.get(orgB, source).orElseThrow().bytes()).asString().isEqualTo("theirs");
    }

    @Test
    void should_delete_content_only_when_tenant_owns_it() {
        // given
        contents.put(orgA, source, text("keep me"));
        // when
        contents.delete(orgB, source);
        // then
        assertThat(contents.get(orgA, source)).isPresent();
        // when
        contents.delete(orgA, source);
        // then
        assertThat(contents.get(orgA, source)).isEmpty();
    }

    private static StoredContent text(String text) {
        return new StoredContent(text.getBytes(StandardCharsets.UTF_8), "notes.txt", "text/plain");
    }
}
