package io.cairn.archfixtures.domain.note;

/** Compliant fixture: a domain value. */
public record Note(String id, String text) {}
