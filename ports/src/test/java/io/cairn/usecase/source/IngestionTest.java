package io.cairn.usecase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.error.ValidationException.FieldError;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceType;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.source.AddSourceCommand.AddFile;
import io.cairn.ports.in.source.AddSourceCommand.AddText;
import io.cairn.ports.in.source.AddSourceCommand.AddUrl;
import io.cairn.ports.in.source.AddSourceCommand.TextDocument;
import io.cairn.ports.out.jobs.Job;
import io.cairn.usecase.UseCaseFixture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IngestionTest {

    private static final String REFUNDS = "Refunds are accepted within 30 days of purchase. "
            + "To request a refund, email billing with your order number.";

    private final UseCaseFixture cairn = UseCaseFixture.extractive();
    private final Actor owner = cairn.newOwner("owner@acme.test");
    private final Bot bot = cairn.newBot(owner, "Support");

    @Test
    void should_record_a_pending_source_and_queue_its_ingestion_when_text_is_added() {
        // when
        Source added = cairn.addSource.add(owner, AddText.single(bot.id(), "Refunds", REFUNDS));
        // then
        assertThat(added.status()).isEqualTo(IngestStatus.PENDING);
        assertThat(added.type()).isEqualTo(SourceType.TEXT);
        assertThat(cairn.jobs.pending())
                .containsExactly(new Job(
                        Job.INGEST_SOURCE, owner.organizationId(), added.id().toString()));
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isZero();
    }

    @Test
    void should_end_ready_with_counts_and_chunks_in_the_index_when_a_text_source_is_ingested() {
        // given
        String longText = paragraphs(12);
        // when
        Source source = cairn.ingestText(owner, bot, "Handbook", longText);
        // then
        assertThat(source.status()).isEqualTo(IngestStatus.READY);
        assertThat(source.error()).isNull();
        assertThat(source.documentCount()).isEqualTo(1);
        assertThat(source.chunkCount()).isGreaterThan(1);
        assertThat(source.lastSyncedAt()).isPresent();
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isEqualTo(source.chunkCount());
        assertThat(documentsOf(source)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(IngestStatus.READY);
            assertThat(d.chunkCount()).isEqualTo(source.chunkCount());
            assertThat(d.title()).isEqualTo("Handbook");
        });
    }

    @Test
    void should_fail_with_the_reason_code_when_the_file_type_is_unsupported() {
        // given
        Source added = cairn.addSource.add(owner, file("firmware.bin", "\u0000\u0001binary"));
        // when
        cairn.runJobs();
        // then
        Source source = cairn.findSources.get(owner, bot.id(), added.id());
        assertThat(source.status()).isEqualTo(IngestStatus.FAILED);
        assertThat(source.error()).startsWith("unsupported_type");
        assertThat(source.documentCount()).isZero();
        assertThat(documentsOf(source)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(IngestStatus.FAILED);
            assertThat(d.error()).startsWith("unsupported_type");
            assertThat(d.url()).isEqualTo("firmware.bin");
        });
    }

    @Test
    void should_fail_with_the_reason_code_when_the_file_is_corrupt() {
        // given
        Source added = cairn.addSource.add(owner, file("report.pdf", "CORRUPT bytes"));
        // when
        cairn.runJobs();
        // then
        Source source = cairn.findSources.get(owner, bot.id(), added.id());
        assertThat(source.status()).isEqualTo(IngestStatus.FAILED);
        assertThat(source.error()).startsWith("corrupt");
        assertThat(documentsOf(source)).singleElement().satisfies(d -> assertThat(d.error())
                .startsWith("corrupt"));
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isZero();
    }

    @Test
    void should_end_ready_when_a_readable_file_is_uploaded() {
        // given
        Source added = cairn.addSource.add(owner, file("../../etc/notes.txt", REFUNDS));
        // when
        cairn.runJobs();
        // then
        Source source = cairn.findSources.get(owner, bot.id(), added.id());
        assertThat(source.status()).isEqualTo(IngestStatus.READY);
        assertThat(source.title()).isEqualTo("notes.txt");
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isEqualTo(1);
    }

    @Test
    void should_end_ready_when_the_url_is_served() {
        // given
        cairn.fetcher.page("https://docs.acme.test/refunds", REFUNDS);
        Source added = cairn.addSource.add(owner, new AddUrl(bot.id(), "https://docs.acme.test/refunds", true));
        // when
        cairn.runJobs();
        // then
        Source source = cairn.findSources.get(owner, bot.id(), added.id());
        assertThat(source.status()).isEqualTo(IngestStatus.READY);
        assertThat(source.documentCount()).isEqualTo(1);
        assertThat(cairn.index.searchKeyword(UseCaseFixture.scopeOf(bot), "refund", 10))
                .singleElement()
                .satisfies(hit -> assertThat(hit.url()).isEqualTo("https://docs.acme.test/refunds"));
    }

    @Test
    void should_fail_with_http_status_when_the_url_cannot_be_fetched() {
        // given
        Source added = cairn.addSource.add(owner, new AddUrl(bot.id(), "https://docs.acme.test/missing", true));
        // when
        cairn.runJobs();
        // then
        Source source = cairn.findSources.get(owner, bot.id(), added.id());
        assertThat(source.status()).isEqualTo(IngestStatus.FAILED);
        assertThat(source.error()).startsWith("http_status");
        assertThat(documentsOf(source)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(IngestStatus.FAILED);
            assertThat(d.error()).startsWith("http_status");
        });
    }

    @Test
    void should_reject_the_url_when_it_is_not_http() {
        // when / then
        assertThatThrownBy(() -> cairn.addSource.add(owner, new AddUrl(bot.id(), "file:///etc/passwd", true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("url"));
        assertThat(cairn.jobs.pending()).isEmpty();
    }

    @Test
    void should_make_no_embedding_calls_when_an_unchanged_source_is_ingested_again() {
        // given
        Source first = cairn.ingestText(owner, bot, "Handbook", paragraphs(6));
        int embeddedBefore = cairn.embedding.embeddedTexts();
        // when
        cairn.syncSource.sync(owner, bot.id(), first.id());
        cairn.runJobs();
        // then
        Source again = cairn.findSources.get(owner, bot.id(), first.id());
        assertThat(embeddedBefore).isPositive();
        assertThat(cairn.embedding.embeddedTexts()).isEqualTo(embeddedBefore);
        assertThat(again.status()).isEqualTo(IngestStatus.READY);
        assertThat(again.documentCount()).isEqualTo(first.documentCount());
        assertThat(again.chunkCount()).isEqualTo(first.chunkCount());
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isEqualTo(first.chunkCount());
    }

    @Test
    void should_take_the_old_chunks_out_of_the_index_when_a_ready_page_fails_on_sync() {
        // given
        String url = "https://docs.acme.test/pricing";
        cairn.fetcher.page(url, "The premium plan costs forty euros a month.");
        Source added = cairn.addSource.add(owner, new AddUrl(bot.id(), url, true));
        cairn.runJobs();
        assertThat(cairn.index.searchKeyword(UseCaseFixture.scopeOf(bot), "premium", 10))
                .hasSize(1);
        cairn.fetcher.gone(url);
        // when
        cairn.syncSource.sync(owner, bot.id(), added.id());
        cairn.runJobs();
        // then
        var scope = UseCaseFixture.scopeOf(bot);
        assertThat(cairn.index.searchKeyword(scope, "premium", 10)).isEmpty();
        assertThat(cairn.findSources.get(owner, bot.id(), added.id()).status()).isEqualTo(IngestStatus.FAILED);
    }

    @Test
    void should_embed_the_new_text_when_a_page_changed_since_the_last_sync() {
        // given
        String url = "https://docs.acme.test/hours";
        cairn.fetcher.page(url, "The office opens at nine.");
        Source added = cairn.addSource.add(owner, new AddUrl(bot.id(), url, true));
        cairn.runJobs();
        int embeddedBefore = cairn.embedding.embeddedTexts();
        cairn.fetcher.page(url, "The office opens at eight.");
        // when
        cairn.syncSource.sync(owner, bot.id(), added.id());
        cairn.runJobs();
        // then
        var scope = UseCaseFixture.scopeOf(bot);
        assertThat(cairn.embedding.embeddedTexts()).isGreaterThan(embeddedBefore);
        assertThat(cairn.index.searchKeyword(scope, "eight", 10)).hasSize(1);
        assertThat(cairn.index.searchKeyword(scope, "nine", 10)).isEmpty();
        assertThat(documentsOf(cairn.findSources.get(owner, bot.id(), added.id())))
                .hasSize(1);
    }

    @Test
    void should_end_ready_with_the_usable_documents_when_one_document_of_a_bundle_is_blank_after_parsing() {
        // given a bundle whose second document holds only non-breaking spaces
        var command = new AddText(
                bot.id(),
                "FAQ import",
                List.of(
                        new TextDocument("faq-1", "Refunds", REFUNDS),
                        new TextDocument("faq-2", "Empty", "\u00A0\u00A0\u00A0"),
                        new TextDocument("faq-3", "Shipping", "Orders ship within two business days.")),
                true);
        Source added = cairn.addSource.add(owner, command);
        // when
        cairn.runJobs();
        // then
        Source source = cairn.findSources.get(owner, bot.id(), added.id());
        assertThat(source.status()).isEqualTo(IngestStatus.READY);
        assertThat(source.documentCount()).isEqualTo(2);
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isEqualTo(source.chunkCount());
        assertThat(documentsOf(source))
                .extracting(Document::url, Document::status)
                .containsExactlyInAnyOrder(
                        tuple("faq-1", IngestStatus.READY),
                        tuple("faq-2", IngestStatus.FAILED),
                        tuple("faq-3", IngestStatus.READY));
        assertThat(documentsOf(source))
                .filteredOn(d -> d.status() == IngestStatus.FAILED)
                .singleElement()
                .satisfies(d -> assertThat(d.error()).startsWith("empty"));
    }

    @Test
    void should_index_every_batch_and_fail_only_the_batch_the_model_failed_on_when_a_bundle_spans_many_batches() {
        // given: 40 documents of several chunks each, so the model gets several batches, and one batch it fails on
        List<TextDocument> docs = IntStream.range(0, 40)
                .mapToObj(i -> new TextDocument(
                        "doc-" + i, "Doc " + i, paragraphs(20) + (i == 17 ? " The quasar note." : " The plain note.")))
                .toList();
        cairn.embedding.failOnTextsContaining("quasar");
        Source added = cairn.addSource.add(owner, new AddText(bot.id(), "Large import", docs, true));
        // when
        cairn.runJobs();
        // then
        Source source = cairn.findSources.get(owner, bot.id(), added.id());
        List<Document> stored = documentsOf(source);
        List<Document> failed =
                stored.stream().filter(d -> d.status() == IngestStatus.FAILED).toList();
        assertThat(cairn.embedding.calls()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(source.status()).isEqualTo(IngestStatus.READY);
        assertThat(failed).extracting(Document::url).contains("doc-17").hasSizeLessThan(40);
        assertThat(failed).allSatisfy(d -> assertThat(d.error()).startsWith("embedding"));
        assertThat(source.documentCount()).isEqualTo(40 - failed.size());
        int readyChunks = stored.stream()
                .filter(d -> d.status() == IngestStatus.READY)
                .mapToInt(Document::chunkCount)
                .sum();
        assertThat(readyChunks).isEqualTo(source.chunkCount());
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isEqualTo(readyChunks);
    }

    @Test
    void should_fail_naming_every_reason_when_no_document_of_a_bundle_is_usable() {
        // given
        var command = new AddText(
                bot.id(),
                "Blank import",
                List.of(new TextDocument("a", "A", "\u00A0"), new TextDocument("b", "B", "\u202F\u00A0")),
                true);
        Source added = cairn.addSource.add(owner, command);
        // when
        cairn.runJobs();
        // then
        Source source = cairn.findSources.get(owner, bot.id(), added.id());
        assertThat(source.status()).isEqualTo(IngestStatus.FAILED);
        assertThat(source.error()).startsWith("all 2 documents failed: empty");
    }

    @Test
    void should_give_the_embedding_model_no_input_over_its_limit_when_text_has_long_sentences_and_a_long_title() {
        // given
        var cairn = UseCaseFixture.withEmbeddingLimit(60);
        Actor owner = cairn.newOwner("limits@acme.test");
        Bot bot = cairn.newBot(owner, "Limits");
        String runOn = IntStream.range(0, 400).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        String giant = "x".repeat(3_000);
        String punctuated = "a-b.c/d:e;f".repeat(80);
        String title = IntStream.range(0, 30).mapToObj(i -> "title" + i).collect(Collectors.joining(" "));
        // when
        Source source = cairn.ingestText(
                owner, bot, title, paragraphs(5) + "\n\n" + runOn + " " + giant + " " + punctuated + ".");
        // then
        assertThat(source.status()).isEqualTo(IngestStatus.READY);
        assertThat(source.chunkCount()).isGreaterThan(10);
        // repeated chunks (the punctuated run) are embedded once, through the embedding cache
        assertThat(cairn.embedding.inputs())
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(source.chunkCount())
                .doesNotHaveDuplicates()
                .allSatisfy(input ->
                        assertThat(cairn.embedding.count(input)).isLessThanOrEqualTo(cairn.embedding.maxInputTokens()));
    }

    @Test
    void should_queue_nothing_and_report_progress_when_the_caller_ingests_in_the_foreground() {
        // given
        var command = new AddText(
                bot.id(),
                "CLI import",
                List.of(new TextDocument("1", "Refunds", REFUNDS), new TextDocument("2", "Hours", "Open at nine.")),
                false);
        Source added = cairn.addSource.add(owner, command);
        List<String> progress = new ArrayList<>();
        // when
        Source done = cairn.ingest.ingest(
                owner.organizationId(),
                added.id(),
                (finished, total, chunks) -> progress.add(finished + "/" + total + ":" + chunks));
        // then
        assertThat(cairn.jobs.pending()).isEmpty();
        assertThat(done.status()).isEqualTo(IngestStatus.READY);
        assertThat(progress).last().isEqualTo("2/2:" + done.chunkCount());
    }

    @Test
    void should_skip_quietly_when_the_source_was_deleted_before_its_job_ran() {
        // given
        Source added = cairn.addSource.add(owner, AddText.single(bot.id(), "Refunds", REFUNDS));
        cairn.deleteSource.delete(owner, bot.id(), added.id());
        // when
        cairn.runJobs();
        // then
        assertThat(cairn.jobs.pending()).isEmpty();
        assertThat(cairn.index.count(UseCaseFixture.scopeOf(bot))).isZero();
        assertThat(cairn.embedding.embeddedTexts()).isZero();
    }

    @Test
    void should_forbid_adding_a_source_when_the_actor_is_a_viewer() {
        // when / then
        assertThatThrownBy(
                        () -> cairn.addSource.add(cairn.viewerIn(owner), AddText.single(bot.id(), "Refunds", REFUNDS)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(cairn.jobs.pending()).isEmpty();
    }

    @Test
    void should_answer_not_found_when_adding_to_another_tenants_bot() {
        // given
        Actor stranger = cairn.newOwner("owner@other.test");
        // when / then
        assertThatThrownBy(() -> cairn.addSource.add(stranger, AddText.single(bot.id(), "Refunds", REFUNDS)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cairn.findSources.list(stranger, bot.id(), PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
    }

    private List<Document> documentsOf(Source source) {
        return cairn.findSources
                .documents(owner, bot.id(), source.id(), PageRequest.first(100))
                .items();
    }

    private AddFile file(String name, String content) {
        return new AddFile(bot.id(), name, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Prose of {@code count} paragraphs, each a few distinct sentences. */
    private static String paragraphs(int count) {
        return IntStream.range(0, count)
                .mapToObj(p -> "Section " + p + " explains topic number " + p + " in some detail. "
                        + "It has a second sentence about item " + p + " and its many careful uses. "
                        + "A third sentence adds context, examples and caveats for reader " + p + ". "
                        + "Finally, the fourth sentence closes section " + p + " with a short summary.")
                .collect(Collectors.joining("\n\n"));
    }
}
