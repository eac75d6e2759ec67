package io.cairn.ports.out.crawl;

import java.net.URI;

/** Driven port: finds the links a crawler may follow in a fetched page; anything but HTML has none. */
public interface LinkExtractorPort {

    PageLinks extract(URI pageUrl, byte[] body, String contentType);
}
