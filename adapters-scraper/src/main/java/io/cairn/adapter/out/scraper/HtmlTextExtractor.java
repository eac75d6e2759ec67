package io.cairn.adapter.out.scraper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Readable text of an HTML page: jsoup drops scripts, navigation, banners, footers, sidebars, forms and cookie notices,
 * keeps {@code <main>} or the single {@code <article>} when there is one, and turns blocks into paragraphs.
 */
final class HtmlTextExtractor {

    private static final String BOILERPLATE_TAGS =
            "script, style, noscript, template, nav, footer, aside, form, iframe,"
                    + " frame, object, embed, svg, canvas, button, select, dialog";
    private static final String BOILERPLATE_ROLES = "[role=navigation], [role=banner], [role=contentinfo],"
            + " [role=search], [role=complementary], [aria-hidden=true], [hidden]";
    private static final Pattern BOILERPLATE_WORD = Pattern.compile(
            "(?i)menu|nav|navbar|navigation|footer|cookie|cookies|consent|sidebar|breadcrumb|breadcrumbs");

    private HtmlTextExtractor() {}

    static Extracted extract(byte[] bytes, String fileName) {
        Document page;
        try {
            // A null charset lets jsoup read the BOM or <meta charset>, falling back to UTF-8.
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = Titles.meaningful(page.title())
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).flatMap(h1 -> Titles.meaningful(h1.text())))
                .orElse("");
        Element root = contentRoot(page);
        removeBoilerplate(root);
        String text = TextNormaliser.prose(BlockText.of(root));
        return new Extracted(
                title.isEmpty() ? Titles.firstLine(text).orElse(Titles.fromFileName(fileName)) : title, text);
    }

    private static Element contentRoot(Document page) {
        Element main = page.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        var articles = page.select("article");
        return articles.size() == 1 ? articles.first() : page.body();
    }

    private static void removeBoilerplate(Element root) {
        root.select(BOILERPLATE_TAGS).remove();
        root.select(BOILERPLATE_ROLES).remove();
        // A <header> inside an article holds its headline and byline; only page-level headers are banners.
        root.select("header").stream()
                .filter(header -> header.parents().stream()
                        .noneMatch(parent -> parent.tagName().equals("article")))
                .forEach(Element::remove);
        int rootTextLength = root.text().length();
        root.select("[class], [id]").stream()
                .filter(HtmlTextExtractor::hasBoilerplateName)
                .filter(element -> element != root && isSafeToDrop(element, rootTextLength))
                .forEach(Element::remove);
    }

    /** Class and id words, so {@code main-menu} and {@code cookie_banner} match but {@code menuitem} does not. */
    private static boolean hasBoilerplateName(Element element) {
        return Stream.concat(element.classNames().stream(), Stream.of(element.id()))
                .flatMap(name -> Stream.of(name.split("[-_\\s]+")))
                .anyMatch(word -> BOILERPLATE_WORD.matcher(word).matches());
    }

    /** A wrapper such as {@code <div class="layout has-sidebar">} may hold the article itself; keep it then. */
    private static boolean isSafeToDrop(Element element, int rootTextLength) {
        return element.selectFirst("main, article, h1, [role=main]") == null
                && element.text().length() * 2 <= rootTextLength;
    }
}
