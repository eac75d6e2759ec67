package io.cairn.ports.out.crawl;

import java.net.URI;

/** Driven port: reads a robots.txt body into the rules for Cairn's user agent. */
public interface RobotsParserPort {

    String USER_AGENT = "CairnBot";

    RobotsRules parse(URI robotsUrl, byte[] body, String contentType);
}
