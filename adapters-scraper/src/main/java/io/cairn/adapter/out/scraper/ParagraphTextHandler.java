package io.cairn.adapter.out.scraper;

import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Collects Tika's XHTML events as text, with a blank line after each paragraph-like element. */
final class ParagraphTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS =
            Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "section");
    private static final Set<String> LINES = Set.of("li", "tr", "br");

    private final StringBuilder text = new StringBuilder();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (BLOCKS.contains(name(localName, qName))) {
            text.append("\n\n");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (BLOCKS.contains(name)) {
            text.append("\n\n");
        } else if (LINES.contains(name)) {
            text.append('\n');
        } else if (name.equals("td") || name.equals("th")) {
            text.append(' ');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
}
