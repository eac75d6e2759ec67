package io.cairn.host.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A test-only Tika parser, registered through META-INF/services so Tika prefers it to its own for PDF: a PDF named
 * {@code *cairn-hang*} never returns and its loop swallows interrupts, like a parser stuck for good; every other PDF
 * goes to Tika's PDFParser. Only the production parser's watchdog can stop the document. {@link #release()} ends it.
 */
public final class HangingPdfParser implements Parser {

    private static final AtomicInteger HANGING = new AtomicInteger();
    private static volatile boolean released;

    private final Parser pdf = new PDFParser();

    /** Parses stuck in the loop right now. */
    static int hanging() {
        return HANGING.get();
    }

    static void release() {
        released = true;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MediaType.application("pdf"));
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        if (!String.valueOf(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY)).contains("cairn-hang")) {
            pdf.parse(stream, handler, metadata, context);
            return;
        }
        HANGING.incrementAndGet();
        try {
            while (!released) {
                Thread.interrupted(); // ignores the watchdog's interrupt, as a parser stuck in a loop would
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
        } finally {
            HANGING.decrementAndGet();
        }
    }
}
