package io.cairn.adapter.out.scraper;

import io.cairn.ports.out.parsing.DocumentParseException;
import io.cairn.ports.out.parsing.DocumentParseException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text and Markdown kept as written; the title is the first Markdown heading, else the file name. */
final class PlainTextExtractor {

    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.+?)[ \\t#]*$");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainTextExtractor() {}

    static Extracted extract(byte[] bytes, DocumentKind kind, String fileName) {
        String text = TextNormaliser.keepingIndentation(decode(bytes));
        Optional<String> heading = kind == DocumentKind.MARKDOWN ? firstHeading(text) : Optional.empty();
        String title = heading.orElseGet(() -> Titles.fromFileName(fileName));
        return new Extracted(title.isBlank() ? Titles.firstLine(text).orElse("") : title, text);
    }

    private static Optional<String> firstHeading(String markdown) {
        Matcher matcher = HEADING.matcher(markdown);
        return matcher.find() ? Titles.meaningful(matcher.group(1)) : Optional.empty();
    }

    /** BOM first, then strict UTF-8, then Windows-1252, which maps every byte, so old Western files still read. */
    private static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        if (containsNul(bytes)) {
            throw new DocumentParseException(Reason.CORRUPT, "binary content in a text file");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
