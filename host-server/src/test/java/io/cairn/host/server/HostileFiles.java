package io.cairn.host.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds the hostile files of the parser suite at test time: a DOCX bomb, an XXE DOCX, a huge PDF, a fake PDF. */
final class HostileFiles {

    /** The first bytes of a Windows executable. */
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

    private HostileFiles() {}

    /** A DOCX whose document.xml holds {@code megabytes} MiB of one sentence, deflated about a thousandfold. */
    static byte[] docxBomb(int megabytes) throws IOException {
        byte[] sentence =
                "All work and no play makes a dull document. ".repeat(1024).getBytes(StandardCharsets.UTF_8);
        return withDocumentXml(Fixtures.docx("Bomb", "PLACEHOLDER"), (xml, out) -> {
            int at = xml.indexOf("PLACEHOLDER");
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < megabytes * 1024L * 1024; written += sentence.length) {
                out.write(sentence);
            }
            out.write(xml.substring(at + "PLACEHOLDER".length()).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A DOCX whose only paragraph is an external entity pointing at {@code systemId}. */
    static byte[] docxWithExternalEntity(String systemId) throws IOException {
        return withDocumentXml(Fixtures.docx("Quarterly report", "PLACEHOLDER"), (xml, out) -> {
            int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            String hostile = xml.substring(0, afterDeclaration)
                    + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + systemId + "\">]>"
                    + xml.substring(afterDeclaration).replace("PLACEHOLDER", "&xxe;");
            out.write(hostile.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A PDF of at least {@code characters} characters: 140 long lines a page in a 4-point font. */
    static byte[] pdfWithAtLeast(long characters) throws IOException {
        String line = "Hostile input keeps the parser honest about its character limit; line number ";
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            long written = 0;
            for (int pageNo = 0; written < characters; pageNo++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 4);
                    text.setLeading(5);
                    text.newLineAtOffset(20, 760);
                    for (int i = 0; i < 140; i++) {
                        String full = line + pageNo + "." + i + " " + line + line;
                        text.showText(full);
                        text.newLine();
                        written += full.length();
                    }
                    text.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Writes the new word/document.xml of a DOCX from its old text. */
    private interface XmlRewrite {
        void write(String oldXml, OutputStream out) throws IOException;
    }

    private static byte[] withDocumentXml(byte[] docx, XmlRewrite rewrite) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    rewrite.write(new String(content, StandardCharsets.UTF_8), out);
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        }
    }
}
