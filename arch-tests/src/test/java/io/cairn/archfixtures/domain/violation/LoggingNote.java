package io.cairn.archfixtures.domain.violation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks rule 1: the domain uses a library (slf4j is allowed in ports, not here). */
public final class LoggingNote {
    static final Logger LOG = LoggerFactory.getLogger(LoggingNote.class);
}
