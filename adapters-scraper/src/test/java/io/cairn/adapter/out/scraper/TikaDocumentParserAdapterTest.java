package io.cairn.adapter.out.scraper;

import static io.cairn.adapter.out.scraper.DocumentFixtures.docx;
import static io.cairn.adapter.out.scraper.DocumentFixtures.pdf;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ports.out.parsing.DocumentContent;
import io.cairn.ports.out.parsing.ParsedDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Text, titles and paragraph breaks for each supported type; HTML boilerplate stays out. */
class TikaDocumentParserAdapterTest {

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
    void should_extract_sentence_and_metadata_title_when_file_is_a_pdf() {
        // given
        byte[] bytes = pdf("Annual plan 2025", new String[] {"The lighthouse keeper counts seventeen gulls.", "Next."});

        // when
        ParsedDocument document = parser.parse(new DocumentContent(bytes, "plan.pdf", "application/pdf"));

        // then
        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.title()).isEqualTo("Annual plan 2025");
        assertThat(document.text()).contains("The lighthouse keeper counts seventeen gulls.");
    }

    @Test
    void should_use_first_line_as_title_when_pdf_metadata_title_is_a_placeholder() {
        // given
        byte[] bytes = pdf("Untitled", new String[] {"Harbour safety rules", "Wear a life jacket on the pier."});

        // when
        ParsedDocument document = parser.parse(new DocumentContent(bytes, "rules.pdf", ""));

        // then
        assertThat(document.title()).isEqualTo("Harbour safety rules");
    }

    @Test
    void should_extract_paragraphs_and_title_when_file_is_a_docx() {
        // given
        byte[] bytes = docx("Quarterly report", "Revenue grew by nine percent.", "Costs stayed flat.");

        // when
        ParsedDocument document = parser.parse(new DocumentContent(bytes, "q3.docx", ""));

        // then
        assertThat(document.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(document.title()).isEqualTo("Quarterly report");
        assertThat(document.text()).isEqualTo("Revenue grew by nine percent.\n\nCosts stayed flat.");
    }

    @Test
    void should_use_first_line_as_title_when_docx_has_no_title() {
        // given
        byte[] bytes = docx(null, "Onboarding checklist", "Bring your badge.");

        // when
        ParsedDocument document = parser.parse(new DocumentContent(bytes, "onboarding.docx", ""));

        // then
        assertThat(document.title()).isEqualTo("Onboarding checklist");
    }

    @Test
    void should_keep_article_and_drop_navigation_and_footer_when_html_has_main() {
        // given
        String html =
                """
                <!DOCTYPE html><html><head><title>Pricing guide</title>
                <style>.hero { color: red }</style><script>var tracker = "Scriptword";</script></head>
                <body>
                <header><a href="/">Brandname</a><nav><ul><li><a href="/">Navhome</a></li>
                <li><a href="/about">Navabout</a></li></ul></nav></header>
                <div class="cookie-banner">Cookiewarning accept all</div>
                <div id="sidebar">Sidebarlinks</div>
                <main><article><h1>How pricing works</h1>
                <p>Cairn charges per answered
                   question.</p><p>Refunds are issued within <b>14 days</b>.</p></article></main>
                <footer>Footercopyright 2025 Cairn</footer>
                </body></html>
                """;

        // when
        ParsedDocument document = parser.parse(new DocumentContent(html.getBytes(UTF_8), "pricing.html", ""));

        // then
        assertThat(document.mediaType()).isEqualTo("text/html");
        assertThat(document.title()).isEqualTo("Pricing guide");
        assertThat(document.text())
                .isEqualTo("How pricing works\n\nCairn charges per answered question.\n\n"
                        + "Refunds are issued within 14 days.");
    }

    @Test
    void should_drop_boilerplate_by_role_and_class_when_html_has_no_main() {
        // given
        String html =
                """
                <html><body class="page has-sidebar">
                <div role="navigation">Skiplinks</div>
                <ul class="main-menu"><li>Menuitemone</li><li>Menuitemtwo</li></ul>
                <div class="breadcrumb">Home / Docs</div>
                <h1>Tide tables</h1>
                <p>High tide is at noon.</p>
                <div id="site_footer">Footerlinks</div>
                <div role="contentinfo">Contactline</div>
                </body></html>
                """;

        // when
        ParsedDocument document = parser.parse(new DocumentContent(html.getBytes(UTF_8), "tides", "text/html"));

        // then
        assertThat(document.title()).isEqualTo("Tide tables");
        assertThat(document.text()).isEqualTo("Tide tables\n\nHigh tide is at noon.");
    }

    @Test
    void should_take_title_from_first_heading_when_file_is_markdown() {
        // given
        String markdown = "# Getting started\r\n\r\nInstall the CLI.\n\n\n\n    indented code\n\n## Next steps\n";

        // when
        ParsedDocument document = parser.parse(new DocumentContent(markdown.getBytes(UTF_8), "guide.md", ""));

        // then
        assertThat(document.mediaType()).isEqualTo("text/markdown");
        assertThat(document.title()).isEqualTo("Getting started");
        assertThat(document.text())
                .isEqualTo("# Getting started\n\nInstall the CLI.\n\n    indented code\n\n## Next steps");
    }

    @Test
    void should_treat_text_as_markdown_titled_by_file_name_when_named_md_without_heading() {
        // given
        byte[] bytes = "Just a plain note.".getBytes(UTF_8);

        // when
        ParsedDocument document = parser.parse(new DocumentContent(bytes, "docs/release-notes.md", "text/plain"));

        // then
        assertThat(document.mediaType()).isEqualTo("text/markdown");
        assertThat(document.title()).isEqualTo("release-notes");
    }

    @Test
    void should_keep_text_and_title_from_file_name_when_file_is_plain_text() {
        // given
        byte[] bytes = "First line here.\n\nSecond paragraph, caf\u00e9.".getBytes(UTF_8);

        // when
        ParsedDocument document = parser.parse(new DocumentContent(bytes, "notes.txt", ""));

        // then
        assertThat(document.mediaType()).isEqualTo("text/plain");
        assertThat(document.title()).isEqualTo("notes");
        assertThat(document.text()).isEqualTo("First line here.\n\nSecond paragraph, caf\u00e9.");
    }

    @Test
    void should_detect_type_from_bytes_when_declared_type_and_name_lie() {
        // given
        byte[] bytes = docx(null, "Declared as text, really a DOCX.");

        // when
        ParsedDocument document = parser.parse(new DocumentContent(bytes, "readme.txt", "text/plain"));

        // then
        assertThat(document.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(document.text()).isEqualTo("Declared as text, really a DOCX.");
    }
}
