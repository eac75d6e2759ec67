package io.cairn.adapter.out.scraper;

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
 * A test-only Tika parser (registered through META-INF/services, so Tika prefers it to its own for PDF) that never
 * returns and swallows interrupts for a PDF named {@code *cairn-hang*}, like a parser stuck in a loop; every other PDF
 * goes to Tika's PDFParser. Only the production watchdog can stop the caller; {@link #release()} ends the loops.
 * Shared with host-server's end-to-end parser suite through this module's test-jar.
 */
public final class HangingPdfParser implements Parser {

    private static final AtomicInteger HANGING = new AtomicInteger();
    private static volatile boolean released;

    private final Parser pdf = new PDFParser();

    /** Parses stuck in the loop right now. */
    public static int hanging() {
        return HANGING.get();
    }

    public static void hold() {
        released = false;
    }

    public static void release() {
        released = true;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MediaType.application("pdf"));
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        String name = String.valueOf(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
        if (!name.contains("cairn-hang")) {
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
