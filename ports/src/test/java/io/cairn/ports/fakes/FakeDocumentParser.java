package io.cairn.ports.fakes;

import io.cairn.ports.out.parsing.DocumentContent;
import io.cairn.ports.out.parsing.DocumentParseException;
import io.cairn.ports.out.parsing.DocumentParserPort;
import io.cairn.ports.out.parsing.ParsedDocument;
import java.nio.charset.StandardCharsets;

/** Treats bytes as UTF-8 text; a file named {@code *.bin} is unsupported and text starting CORRUPT is corrupt. */
public class FakeDocumentParser implements DocumentParserPort {

    @Override
    public ParsedDocument parse(DocumentContent content) {
        if (content.fileName().endsWith(".bin")) {
            throw new DocumentParseException(DocumentParseException.Reason.UNSUPPORTED_TYPE, "unsupported type");
        }
        String text = new String(content.bytes(), StandardCharsets.UTF_8);
        if (text.startsWith("CORRUPT")) {
            throw new DocumentParseException(DocumentParseException.Reason.CORRUPT, "the file is damaged");
        }
        if (text.isBlank()) {
            throw new DocumentParseException(DocumentParseException.Reason.EMPTY, "no text");
        }
        return new ParsedDocument(content.fileName(), text, "text/plain");
    }
}
