package io.cairn.adapter.out.scraper;

import static io.cairn.adapter.out.scraper.DocumentFixtures.pdf;
import static io.cairn.ports.out.parsing.DocumentParseException.Reason.TIMEOUT;
import static io.cairn.ports.out.parsing.DocumentParseException.Reason.UNAVAILABLE;
import static io.cairn.ports.out.parsing.DocumentParseException.Reason.UNSUPPORTED_TYPE;
import static io.cairn.ports.out.parsing.DocumentParseException.Reason.ZIP_BOMB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cairn.ports.out.parsing.DocumentContent;
import io.cairn.ports.out.parsing.DocumentParseException;
import io.cairn.ports.out.parsing.ParsedDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hostile files against the real adapter: each ends failed with a reason, or cut and flagged. */
class TikaDocumentParserAdapterHostileFilesTest {

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static TikaDocumentParserAdapter parser;

    @BeforeAll
    static void startParser() {
        parser = new TikaDocumentParserAdapter(ParserSettings.defaults());
    }

    @AfterAll
    static void stopParser() {
        parser.close();
    }

    @BeforeEach
    void holdHangingParsers() {
        HangingPdfParser.hold();
    }

    @AfterEach
    void releaseHangingParsers() {
        HangingPdfParser.release();
    }

    @Test
    void should_fail_as_zip_bomb_quickly_when_docx_inflates_a_thousandfold() {
        // given: 256 MiB of XML in a file of a few hundred KiB
        byte[] bomb = DocumentFixtures.docxBomb(256);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        // when
        Instant start = Instant.now();
        DocumentParseException failure = failureOf(parser, bomb, "bomb.docx", DOCX_TYPE);

        // then
        assertThat(failure.reason()).isEqualTo(ZIP_BOMB);
        assertThat(failure.getMessage()).contains("DOCX").hasSizeLessThan(200);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void should_cut_and_flag_text_quickly_when_docx_is_huge_but_no_bomb() {
        // given: 32 MiB of text that deflates about twentyfold, within every byte and ratio limit
        byte[] huge = DocumentFixtures.docxWithHugeText(32);
        assertThat(huge.length).isLessThan((int) ParserSettings.defaults().maxBytes());

        // when: the streaming reader stops at the character limit instead of building the whole document
        Instant start = Instant.now();
        ParsedDocument document;
        try (var capped =
                new TikaDocumentParserAdapter(ParserSettings.defaults().withMaxChars(100_000))) {
            document = capped.parse(new DocumentContent(huge, "contract.docx", DOCX_TYPE));
        }

        // then
        assertThat(document.truncated()).isTrue();
        assertThat(document.text()).hasSizeLessThanOrEqualTo(100_000).startsWith("Clause ");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void should_cut_and_flag_text_when_pdf_has_ten_million_characters() {
        // given
        byte[] huge = DocumentFixtures.pdfWithAtLeast(10_000_000);

        // when
        ParsedDocument document = parser.parse(new DocumentContent(huge, "huge.pdf", "application/pdf"));

        // then
        int limit = ParserSettings.defaults().maxChars();
        assertThat(document.truncated()).isTrue();
        assertThat(document.text()).hasSizeLessThanOrEqualTo(limit).hasSizeGreaterThan(limit / 2);
        assertThat(document.text()).contains("line number 0.0");
    }

    @Test
    void should_not_flag_text_when_it_fits_the_limit() {
        // when
        ParsedDocument document =
                parser.parse(new DocumentContent(pdf(null, new String[] {"Short and whole."}), "short.pdf", ""));

        // then
        assertThat(document.truncated()).isFalse();
        assertThat(document.text()).isEqualTo("Short and whole.");
    }

    @Test
    void should_refuse_type_when_executable_is_declared_a_pdf() {
        // given
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

        // when
        DocumentParseException failure = failureOf(parser, exe, "report.pdf", "application/pdf");

        // then
        assertThat(failure.reason()).isEqualTo(UNSUPPORTED_TYPE);
        assertThat(failure.getMessage()).doesNotContain("application/pdf");
    }

    @Test
    void should_leave_out_attached_files_when_pdf_carries_one() {
        // given
        byte[] bytes = DocumentFixtures.pdfWithAttachment("The visible page.", "ATTACHED-CANARY-91c2");

        // when
        ParsedDocument document = parser.parse(new DocumentContent(bytes, "with-attachment.pdf", ""));

        // then: embedded depth and count are zero, whatever the file nests
        assertThat(document.text()).contains("The visible page.").doesNotContain("ATTACHED-CANARY-91c2");
    }

    @Test
    void should_time_out_and_keep_parsing_when_a_parser_ignores_interrupts() {
        // given
        try (var watched = new TikaDocumentParserAdapter(
                ParserSettings.defaults().withTimeout(Duration.ofMillis(500)).withMaxStuckThreads(2))) {
            // when
            DocumentParseException failure = failureOf(watched, pdf(null, new String[] {"x"}), "cairn-hang.pdf", "");

            // then
            assertThat(failure.reason()).isEqualTo(TIMEOUT);
            assertThat(watched.stuckThreads()).isEqualTo(1);
            assertThat(watched.parse(new DocumentContent(pdf(null, new String[] {"Still here."}), "ok.pdf", ""))
                            .text())
                    .isEqualTo("Still here.");
        }
    }

    @Test
    void should_refuse_parsing_until_a_stuck_thread_ends_when_the_cap_is_reached() throws Exception {
        // given: one thread lost to a hanging parser, and a cap of one
        byte[] ok = pdf(null, new String[] {"Back to normal."});
        try (var watched = new TikaDocumentParserAdapter(
                ParserSettings.defaults().withTimeout(Duration.ofMillis(500)).withMaxStuckThreads(1))) {
            assertThat(failureOf(watched, ok, "cairn-hang.pdf", "").reason()).isEqualTo(TIMEOUT);

            // when
            DocumentParseException refused = failureOf(watched, ok, "ok.pdf", "");

            // then
            assertThat(refused.reason()).isEqualTo(UNAVAILABLE);
            HangingPdfParser.release();
            Instant deadline = Instant.now().plusSeconds(5);
            while (watched.stuckThreads() > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            assertThat(watched.stuckThreads()).isZero();
            assertThat(watched.parse(new DocumentContent(ok, "ok.pdf", "")).text())
                    .isEqualTo("Back to normal.");
        }
    }

    @Test
    void should_wait_and_parse_when_a_stuck_thread_ends_within_the_timeout() {
        // given: the cap of one is reached, and the stuck parse ends 300 ms after the next one arrives
        byte[] ok = pdf(null, new String[] {"Worth the wait."});
        try (var watched = new TikaDocumentParserAdapter(
                ParserSettings.defaults().withTimeout(Duration.ofSeconds(1)).withMaxStuckThreads(1))) {
            assertThat(failureOf(watched, ok, "cairn-hang.pdf", "").reason()).isEqualTo(TIMEOUT);
            CompletableFuture.runAsync(
                    HangingPdfParser::release, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

            // when
            ParsedDocument document = watched.parse(new DocumentContent(ok, "ok.pdf", ""));

            // then
            assertThat(document.text()).isEqualTo("Worth the wait.");
            assertThat(watched.stuckThreads()).isZero();
        }
    }

    private static DocumentParseException failureOf(
            TikaDocumentParserAdapter adapter, byte[] bytes, String name, String declaredType) {
        return catchThrowableOfType(
                DocumentParseException.class, () -> adapter.parse(new DocumentContent(bytes, name, declaredType)));
    }
}
