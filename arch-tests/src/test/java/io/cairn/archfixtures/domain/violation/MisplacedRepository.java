package io.cairn.archfixtures.domain.violation;

/** Breaks rule 8: a repository outside ports.out and driven adapters. */
public interface MisplacedRepository {}
