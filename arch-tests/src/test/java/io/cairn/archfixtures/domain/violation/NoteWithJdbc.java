package io.cairn.archfixtures.domain.violation;

import java.sql.Connection;

/** Breaks rule 7: JDBC (JDK or not) belongs to driven adapters. */
public record NoteWithJdbc(Connection connection) {}
