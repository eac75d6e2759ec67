package io.cairn.archfixtures.adapter.out.scraper.violation;

import io.cairn.archfixtures.host.server.ServerWiring;

/** Breaks rule 5: an adapter depends on a host. */
public record ScraperCallingHost(ServerWiring wiring) {}
