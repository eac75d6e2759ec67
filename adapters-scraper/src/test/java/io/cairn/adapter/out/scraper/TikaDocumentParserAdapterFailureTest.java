package io.cairn.adapter.out.scraper;

import static io.cairn.adapter.out.scraper.DocumentFixtures.docxWithExternalEntity;
import static io.cairn.adapter.out.scraper.DocumentFixtures.pdf;
import static io.cairn.ports.out.parsing.DocumentParseException.Reason.CORRUPT;
import static io.cairn.ports.out.parsing.DocumentParseException.Reason.EMPTY;
import static io.cairn.ports.out.parsing.DocumentParseException.Reason.TIMEOUT;
import static io.cairn.ports.out.parsing.DocumentParseException.Reason.TOO_LARGE;
import static io.cairn.ports.out.parsing.DocumentParseException.Reason.UNSUPPORTED_TYPE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cairn.ports.out.parsing.DocumentContent;
import io.cairn.ports.out.parsing.DocumentParseException;
import io.cairn.ports.out.parsing.ParsedDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input: each fails with the reason a user can act on, and nothing leaks. */
class TikaDocumentParserAdapterFailureTest {

    private static TikaDocumentParserAdapter parser;

    @BeforeAll
    static void startParser() {
        parser = new TikaDocumentParserAdapter(ParserSettings.defaults());
    }

    @AfterAll
    static void stopParser() {
        parser.close();
    }

    @Test
    void should_fail_as_corrupt_when_pdf_is_truncated() {
        // given
        byte[] whole = pdf(null, new String[] {"This sentence is cut off."});
        byte[] truncated = Arrays.copyOf(whole, 40);

        // when
        DocumentParseException failure = failureOf(truncated, "cut.pdf", "application/pdf");

        // then
        assertThat(failure.reason()).isEqualTo(CORRUPT);
        assertThat(failure.getMessage()).hasSizeLessThan(200);
    }

    @Test
    void should_fail_as_corrupt_when_random_bytes_are_named_pdf() {
        // given
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        // when
        DocumentParseException failure = failureOf(noise, "invoice.pdf", "application/pdf");

        // then
        assertThat(failure.reason()).isEqualTo(CORRUPT);
    }

    @Test
    void should_refuse_type_when_png_bytes_claim_to_be_a_pdf() {
        // when
        DocumentParseException failure = failureOf(DocumentFixtures.pngHeader(), "scan.pdf", "application/pdf");

        // then
        assertThat(failure.reason()).isEqualTo(UNSUPPORTED_TYPE);
        assertThat(failure.getMessage()).contains("image/png");
    }

    @Test
    void should_refuse_type_when_file_is_a_zip_archive() {
        // when
        DocumentParseException failure =
                failureOf(DocumentFixtures.zip("a.txt", "hello"), "archive.zip", "application/zip");

        // then
        assertThat(failure.reason()).isEqualTo(UNSUPPORTED_TYPE);
        assertThat(failure.getMessage()).contains("application/zip");
    }

    @Test
    void should_refuse_type_when_file_is_a_spreadsheet() {
        // when
        DocumentParseException failure = failureOf(DocumentFixtures.xlsx("42"), "budget.xlsx", "");

        // then
        assertThat(failure.reason()).isEqualTo(UNSUPPORTED_TYPE);
        assertThat(failure.getMessage()).contains("spreadsheetml");
    }

    @Test
    void should_refuse_type_when_file_is_a_windows_executable() {
        // given
        byte[] exe = DocumentFixtures.EXE;

        // when
        DocumentParseException failure = failureOf(exe, "setup.txt", "text/plain");

        // then
        assertThat(failure.reason()).isEqualTo(UNSUPPORTED_TYPE);
    }

    @Test
    void should_fail_as_empty_when_file_has_no_bytes() {
        assertThat(failureOf(new byte[0], "empty.txt", "text/plain").reason()).isEqualTo(EMPTY);
    }

    @Test
    void should_fail_as_empty_when_text_is_only_whitespace() {
        assertThat(failureOf(" \n\n\t  \r\n ".getBytes(UTF_8), "blank.txt", "").reason())
                .isEqualTo(EMPTY);
    }

    @Test
    void should_fail_as_empty_when_pdf_has_no_text() {
        assertThat(failureOf(pdf(null, new String[0]), "scan.pdf", "").reason()).isEqualTo(EMPTY);
    }

    @Test
    void should_fail_as_too_large_when_bytes_exceed_the_limit() {
        // given
        try (var small = new TikaDocumentParserAdapter(ParserSettings.defaults().withMaxBytes(100))) {
            // when
            DocumentParseException failure = catchThrowableOfType(
                    DocumentParseException.class, () -> small.parse(new DocumentContent(new byte[101], "big.txt", "")));

            // then
            assertThat(failure.reason()).isEqualTo(TOO_LARGE);
        }
    }

    @Test
    void should_cut_text_when_output_exceeds_the_character_limit() {
        // given
        String paragraphs = String.join(
                "\n\n", IntStream.range(0, 50).mapToObj(i -> "Paragraph " + i).toList());
        try (var capped =
                new TikaDocumentParserAdapter(ParserSettings.defaults().withMaxChars(100))) {
            // when
            ParsedDocument document = capped.parse(new DocumentContent(paragraphs.getBytes(UTF_8), "long.txt", ""));

            // then
            assertThat(document.text()).hasSizeLessThanOrEqualTo(100).startsWith("Paragraph 0\n\nParagraph 1");
            assertThat(document.truncated()).isTrue();
        }
    }

    @Test
    void should_time_out_and_keep_serving_when_parsing_exceeds_the_limit() {
        // given
        String[][] pages = IntStream.range(0, 200)
                .mapToObj(i -> new String[] {"Page " + i + " of a long manual."})
                .toArray(String[][]::new);
        byte[] longPdf = pdf(null, pages);
        try (var hasty = new TikaDocumentParserAdapter(ParserSettings.defaults().withTimeout(Duration.ofMillis(1)))) {
            // when
            DocumentParseException failure = catchThrowableOfType(
                    DocumentParseException.class, () -> hasty.parse(new DocumentContent(longPdf, "manual.pdf", "")));

            // then
            assertThat(failure.reason()).isEqualTo(TIMEOUT);
        }
        assertThat(parser.parse(new DocumentContent(longPdf, "manual.pdf", "")).text())
                .contains("Page 199 of a long manual.");
    }

    @Test
    void should_not_leak_file_content_when_docx_declares_external_entity_to_etc_passwd() {
        // given
        byte[] bytes = docxWithExternalEntity("file:///etc/passwd", "Visible text.", "PLACEHOLDER");

        // when
        DocumentParseException failure = failureOf(bytes, "payload.docx", "");

        // then: the DOCTYPE itself is refused, so the entity is never even looked at
        assertThat(failure.reason()).isEqualTo(CORRUPT);
        assertThat(failure.getMessage()).doesNotContain("root:").doesNotContain("/bin/");
    }

    @Test
    void should_not_leak_file_content_when_docx_declares_external_entity_to_a_local_file(@TempDir Path dir)
            throws Exception {
        // given
        Path secret = Files.writeString(dir.resolve("secret.txt"), "CANARY-SECRET-7f3a");
        byte[] bytes = docxWithExternalEntity(secret.toUri().toString(), "Visible text.", "PLACEHOLDER");

        // when
        DocumentParseException failure = failureOf(bytes, "payload.docx", "");

        // then
        assertThat(failure.reason()).isEqualTo(CORRUPT);
        assertThat(failure.getMessage()).doesNotContain("CANARY-SECRET-7f3a");
    }

    private static DocumentParseException failureOf(byte[] bytes, String name, String declaredType) {
        return catchThrowableOfType(
                DocumentParseException.class, () -> parser.parse(new DocumentContent(bytes, name, declaredType)));
    }
}
