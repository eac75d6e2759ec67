package io.cairn.adapter.out.local;

import java.text.Normalizer;

/**
 * What a BERT normaliser (clean text, strip accents, lower-case) and pre-tokeniser do with each character of
 * Latin-1 and of the general punctuation block up to U+2027: most English text. Any other character is
 * {@link #UNSUPPORTED}, and left to the native tokenizer.
 */
final class LatinBertAlphabet {

    static final byte UNSUPPORTED = 0;
    static final byte REMOVED = 1;
    static final byte SPACE = 2;
    static final byte PUNCTUATION = 3;
    static final byte LETTER = 4;

    private static final char LAST = '\u2027';
    private static final byte[] KIND = new byte[LAST + 1];
    private static final char[] FOLDED = new char[LAST + 1];

    static {
        for (char c = 0; c <= 0xFF; c++) {
            classify(c);
        }
        for (char c = '\u2010'; c <= LAST; c++) {
            classify(c);
        }
    }

    private LatinBertAlphabet() {}

    static byte kind(char c) {
        return c <= LAST ? KIND[c] : UNSUPPORTED;
    }

    /** The character after stripping accents and lower-casing; only meaningful for {@link #LETTER}. */
    static char folded(char c) {
        return FOLDED[c];
    }

    private static void classify(char c) {
        int type = Character.getType(c);
        if (c == '\t' || c == '\n' || c == '\r') {
            KIND[c] = SPACE;
        } else if (type == Character.CONTROL || type == Character.FORMAT) {
            KIND[c] = REMOVED;
        } else if (type == Character.SPACE_SEPARATOR) {
            KIND[c] = SPACE;
        } else {
            String folded = fold(c);
            if (folded.length() == 1) {
                FOLDED[c] = folded.charAt(0);
                KIND[c] = isPunctuation(folded.charAt(0)) ? PUNCTUATION : LETTER;
            }
        }
    }

    private static String fold(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        decomposed
                .chars()
                .filter(ch -> Character.getType(ch) != Character.NON_SPACING_MARK)
                .forEach(ch -> out.append(Character.toLowerCase((char) ch)));
        return out.toString();
    }

    // Rust's is_ascii_punctuation (every ASCII symbol, such as $ + < = > ^ ` | ~) or a Unicode P* category.
    private static boolean isPunctuation(char c) {
        if (c < 0x80) {
            return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
