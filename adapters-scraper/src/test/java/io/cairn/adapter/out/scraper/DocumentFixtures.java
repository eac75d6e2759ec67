package io.cairn.adapter.out.scraper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds PDF, DOCX, XLSX, ZIP and PNG fixtures at run time, so no binary is checked in. */
final class DocumentFixtures {

    private DocumentFixtures() {}

    /** One page per entry of {@code pages}; each entry's lines are set with a blank line between them. */
    static byte[] pdf(String title, String[]... pages) {
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
    static byte[] docxWithExternalEntity(String systemId, String... paragraphs) {
        byte[] clean = docx(null, paragraphs);
        return rewriteEntry(clean, "word/document.xml", xml -> {
            String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + systemId + "\">]>";
            int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            return xml.substring(0, afterDeclaration)
                    + doctype
                    + xml.substring(afterDeclaration).replace("PLACEHOLDER", "&xxe;");
        });
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
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
