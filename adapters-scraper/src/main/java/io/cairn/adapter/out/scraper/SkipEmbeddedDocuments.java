package io.cairn.adapter.out.scraper;

import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

/** Files inside files (attachments, OLE objects, nested archives) are not parsed: no depth or count to exhaust. */
final class SkipEmbeddedDocuments implements EmbeddedDocumentExtractor {

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        // Deliberately nothing: see the class comment.
    }
}
