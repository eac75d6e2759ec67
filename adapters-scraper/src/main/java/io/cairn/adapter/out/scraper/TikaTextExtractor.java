package io.cairn.adapter.out.scraper;

import java.io.IOException;
import javax.xml.parsers.SAXParser;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * PDF and DOCX text through Tika's own parsers, whose XML readers never resolve external entities and here refuse any
 * DOCTYPE; embedded files and OCR are skipped, DOCX is streamed, and output stops at the character limit (and says
 * so).
 */
final class TikaTextExtractor {

    private final Parser parser;

    TikaTextExtractor(Parser parser) {
        this.parser = parser;
    }

    /** @param metadata the same metadata the type was detected with, so Tika picks the same parser */
    Extracted extract(byte[] bytes, Metadata metadata, String fileName, int maxChars)
            throws IOException, SAXException, TikaException {
        ParagraphTextHandler paragraphs = new ParagraphTextHandler();
        boolean cut = false;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            // On a file, POI reads the ZIP's central directory, so ZipSecureFile knows each entry's sizes and refuses
            // a bomb before inflating it; from a stream it would buffer each entry (up to 100 MB) in memory first.
            in.getPath();
            parser.parse(
                    in, new BodyContentHandler(new WriteOutContentHandler(paragraphs, maxChars)), metadata, context());
        } catch (SAXException | TikaException e) {
            // Reaching the limit ends the parse early on purpose; the text up to the limit is kept.
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            cut = true;
        }
        String text = TextNormaliser.prose(paragraphs.toString());
        String title = Titles.meaningful(metadata.get(TikaCoreProperties.TITLE))
                .or(() -> Titles.firstLine(text))
                .orElseGet(() -> Titles.fromFileName(fileName));
        return new Extracted(title, text, cut);
    }

    private static ParseContext context() throws TikaException, SAXException {
        ParseContext context = new ParseContext();
        context.set(SAXParser.class, TikaLimits.saxParserWithoutDoctypes());
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbeddedDocuments());
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        // The streaming DOCX reader: a huge document.xml is read as it inflates and stops at the character limit,
        // where the DOM reader would first build the whole tree in memory.
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        return context;
    }
}
