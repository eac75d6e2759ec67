package io.cairn.adapter.out.scraper;

import java.util.regex.Pattern;

/** Whitespace clean-up that keeps paragraph breaks (blank lines), because the chunker splits paragraphs on them. */
final class TextNormaliser {

    private static final Pattern HORIZONTAL_SPACE =
            Pattern.compile("[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F\\u200B\\u00AD\\uFEFF]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[\\t ]+(?=\\n|$)");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextNormaliser() {}

    /** Prose: runs of spaces become one, lines are trimmed, at most one blank line between paragraphs. */
    static String prose(String raw) {
        String text = INVISIBLE.matcher(unixLines(raw)).replaceAll("");
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            out.append(HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return MANY_BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    /** Plain text and Markdown: indentation is meaning (code, nested lists), so only line ends are cleaned. */
    static String keepingIndentation(String raw) {
        String text = INVISIBLE.matcher(unixLines(raw)).replaceAll("");
        text = TRAILING_SPACE.matcher(text).replaceAll("");
        return MANY_BLANK_LINES.matcher(text).replaceAll("\n\n").replaceAll("^\\n+|\\n+$", "");
    }

    /** Cuts at the last paragraph break before the limit when there is one, else at the limit. */
    static String capped(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int paragraph = text.lastIndexOf("\n\n", maxChars);
        return text.substring(0, paragraph > maxChars / 2 ? paragraph : maxChars)
                .strip();
    }

    private static String unixLines(String raw) {
        return raw.replace("\r\n", "\n").replace('\r', '\n');
    }
}
