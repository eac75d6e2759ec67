package io.cairn.adapter.out.scraper;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Walks an HTML tree into text: block elements end in a blank line, list items and rows in a line break. */
final class BlockText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "dl",
            "table",
            "blockquote",
            "pre",
            "figure",
            "figcaption",
            "hr",
            "address",
            "details",
            "summary",
            "fieldset",
            "center",
            "header");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "caption");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final StringBuilder out = new StringBuilder();

    private BlockText() {}

    static String of(Element root) {
        BlockText visitor = new BlockText();
        NodeTraversor.traverse(visitor, root);
        return visitor.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            out.append(insidePre(text) ? text.getWholeText() : text.text());
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("br")) {
                out.append('\n');
            } else if (BLOCKS.contains(tag)) {
                out.append("\n\n");
            } else if (LINES.contains(tag)) {
                out.append('\n');
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (BLOCKS.contains(tag)) {
                out.append("\n\n");
            } else if (LINES.contains(tag)) {
                out.append('\n');
            } else if (CELLS.contains(tag)) {
                out.append(' ');
            }
        }
    }

    private static boolean insidePre(TextNode text) {
        for (Node parent = text.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && element.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
