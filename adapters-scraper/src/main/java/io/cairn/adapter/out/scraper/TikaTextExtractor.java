package io.cairn.adapter.out.scraper;

import java.io.IOException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * PDF and DOCX text through Tika's own parsers, with its defaults that never resolve external entities; embedded
 * files and OCR are skipped, and output stops at the character limit.
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
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(
                    in, new BodyContentHandler(new WriteOutContentHandler(paragraphs, maxChars)), metadata, context());
        } catch (SAXException | TikaException e) {
            // Reaching the limit ends the parse early on purpose; the text up to the limit is kept.
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
        }
        String text = TextNormaliser.prose(paragraphs.toString());
        String title = Titles.meaningful(metadata.get(TikaCoreProperties.TITLE))
                .or(() -> Titles.firstLine(text))
                .orElseGet(() -> Titles.fromFileName(fileName));
        return new Extracted(title, text);
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbeddedDocuments());
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }
}
