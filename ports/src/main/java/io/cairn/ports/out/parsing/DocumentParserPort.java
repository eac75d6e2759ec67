package io.cairn.ports.out.parsing;

/** Driven port: extracts text from PDF, DOCX, HTML, TXT and Markdown bytes, within size and time limits. */
public interface DocumentParserPort {

    /** @throws DocumentParseException with a reason when the bytes cannot give usable text */
    ParsedDocument parse(DocumentContent content);
}
