package io.cairn.adapter.out.scraper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds PDF, DOCX, XLSX, ZIP and PNG fixtures, hostile ones included, at run time, so no binary is checked in. */
public final class DocumentFixtures {

    /** The first bytes of a Windows executable. */
    public static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

    private DocumentFixtures() {}

    /** One page per entry of {@code pages}; each entry's lines are set with a blank line between them. */
    public static byte[] pdf(String title, String[]... pages) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String[] lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    text.setLeading(16);
                    text.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        text.showText(line);
                        text.newLine();
                        text.newLine();
                    }
                    text.endText();
                }
            }
            if (title != null) {
                document.getDocumentInformation().setTitle(title);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx(String title, String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            if (title != null) {
                document.getProperties().getCoreProperties().setTitle(title);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A DOCX whose document.xml declares an external entity pointing at {@code systemId} and uses it in place of the
     * paragraph text {@code PLACEHOLDER}.
     */
    public static byte[] docxWithExternalEntity(String systemId, String... paragraphs) {
        byte[] clean = docx(null, paragraphs);
        return rewriteEntry(clean, "word/document.xml", xml -> {
            String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + systemId + "\">]>";
            int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            return xml.substring(0, afterDeclaration)
                    + doctype
                    + xml.substring(afterDeclaration).replace("PLACEHOLDER", "&xxe;");
        });
    }

    /**
     * A DOCX whose document.xml holds {@code megabytes} MiB of one repeated sentence: it deflates about a thousand
     * times, so the file stays a few hundred KiB. Written entry by entry, never held inflated in memory.
     */
    public static byte[] docxBomb(int megabytes) {
        String xml = entry(docx(null, "PLACEHOLDER"), "word/document.xml");
        byte[] sentence =
                "All work and no play makes a dull document. ".repeat(1024).getBytes(StandardCharsets.UTF_8);
        return streamEntry(docx(null, "PLACEHOLDER"), "word/document.xml", out -> {
            int at = xml.indexOf("PLACEHOLDER");
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < megabytes * 1024L * 1024; written += sentence.length) {
                out.write(sentence);
            }
            out.write(xml.substring(at + "PLACEHOLDER".length()).getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * A DOCX whose document.xml holds {@code megabytes} MiB of numbered clauses: large, but deflating only about
     * twentyfold, so no zip-bomb guard objects and the parser has to read it.
     */
    static byte[] docxWithHugeText(int megabytes) {
        String xml = entry(docx(null, "PLACEHOLDER"), "word/document.xml");
        return streamEntry(docx(null, "PLACEHOLDER"), "word/document.xml", out -> {
            int at = xml.indexOf("PLACEHOLDER");
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            java.util.Random random = new java.util.Random(7);
            long limit = megabytes * 1024L * 1024;
            for (long written = 0; written < limit; ) {
                byte[] clause = ("Clause " + random.nextInt(1_000_000) + " binds party " + random.nextInt(10_000)
                                + ". ")
                        .getBytes(StandardCharsets.UTF_8);
                out.write(clause);
                written += clause.length;
            }
            out.write(xml.substring(at + "PLACEHOLDER".length()).getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * A PDF of at least {@code characters} characters: pages of long lines in a 4-point font, each page's content
     * stream built once and reused, so a 10-million-character file takes a few seconds.
     */
    public static byte[] pdfWithAtLeast(long characters) {
        String line = "Hostile input keeps the parser honest about its character limit; line number ";
        int linesPerPage = 140;
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
                    for (int i = 0; i < linesPerPage; i++) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF that carries {@code attachedText} as an attached text file. */
    static byte[] pdfWithAttachment(String visibleText, String attachedText) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            try (PDPageContentStream text = new PDPageContentStream(document, document.getPage(0))) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText(visibleText);
                text.endText();
            }
            PDEmbeddedFile file = new PDEmbeddedFile(
                    document, new ByteArrayInputStream(attachedText.getBytes(StandardCharsets.UTF_8)));
            file.setSubtype("text/plain");
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("attached.txt");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(java.util.Map.of("attached.txt", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx(String cell) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(cell);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(String entryName, String content) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG signature and the start of an IHDR chunk: enough for any magic-number detector. */
    static byte[] pngHeader() {
        return new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1a,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            6,
            0,
            0,
            0
        };
    }

    private static byte[] rewriteEntry(byte[] zipBytes, String name, java.util.function.UnaryOperator<String> edit) {
        return streamEntry(
                zipBytes,
                name,
                out -> out.write(edit.apply(entry(zipBytes, name)).getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the new content of one entry straight into the archive. */
    private interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    private static String entry(byte[] zipBytes, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalArgumentException("no entry " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] streamEntry(byte[] zipBytes, String name, EntryWriter writer) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    writer.write(out);
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
