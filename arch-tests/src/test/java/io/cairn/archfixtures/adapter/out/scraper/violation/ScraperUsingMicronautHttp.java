package io.cairn.archfixtures.adapter.out.scraper.violation;

import io.micronaut.http.HttpStatus;

/** Breaks rule 7: the Micronaut HTTP stack outside the HTTP adapter and hosts. */
public record ScraperUsingMicronautHttp(HttpStatus status) {}
