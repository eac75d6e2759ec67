package io.cairn.adapter.out.scraper;

import java.util.Locale;
import javax.xml.parsers.SAXParser;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.SAXException;

/**
 * Tika's own guards, set explicitly rather than left to defaults: its SecureContentHandler stops a document that
 * writes too many characters per input byte, or nests XML or packages too deep. POI's ZipSecureFile (on at its
 * defaults: an entry may not inflate more than 100 times, at most 1000 entries) refuses a DOCX bomb while it inflates.
 */
final class TikaLimits {

    /** Characters written before the ratio below is checked at all. */
    static final long RATIO_CHECKED_AFTER_CHARS = 1_000_000;
    /** Output characters per input byte; text-heavy DOCX and PDF stay below 10. */
    static final long MAX_CHARS_PER_INPUT_BYTE = 100;
    /** XML elements nested in the output. */
    static final int MAX_ELEMENT_DEPTH = 100;
    /** Containers inside containers; embedded files are skipped anyway ({@link SkipEmbeddedDocuments}). */
    static final int MAX_PACKAGE_DEPTH = 2;

    private TikaLimits() {}

    static AutoDetectParser guardedParser() {
        AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setOutputThreshold(RATIO_CHECKED_AFTER_CHARS);
        config.setMaximumCompressionRatio(MAX_CHARS_PER_INPUT_BYTE);
        config.setMaximumDepth(MAX_ELEMENT_DEPTH);
        config.setMaximumPackageEntryDepth(MAX_PACKAGE_DEPTH);
        parser.setAutoDetectParserConfig(config);
        return parser;
    }

    /**
     * Tika's hardened SAX parser, also refusing any DOCTYPE: no part of a DOCX has one, so a file that declares one
     * (an XXE or billion-laughs attempt) fails as damaged before an entity is even read. One per parse: not shared.
     */
    static SAXParser saxParserWithoutDoctypes() throws TikaException, SAXException {
        SAXParser parser = XMLReaderUtils.getSAXParser();
        parser.getXMLReader().setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return parser;
    }

    /**
     * Whether Tika's or POI's bomb guard stopped the parse. Neither has an exception type of its own (both throw
     * plain IOException, TikaException or SAXException), so their fixed messages are what identifies them.
     */
    static boolean isBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("potentially malicious")) {
                return true;
            }
        }
        return false;
    }
}
