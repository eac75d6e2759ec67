package io.cairn.archfixtures.adapter.out.scraper;

/** Compliant fixture: a value that merely ends in "Port" is not a driven port. */
public record HostAndPort(String host, int port) {}
