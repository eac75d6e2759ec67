package io.cairn.bench;

import io.cairn.adapter.out.scraper.ParserSettings;
import io.cairn.adapter.out.scraper.TikaDocumentParserAdapter;
import io.cairn.ports.out.parsing.DocumentContent;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.fork.ParserFactoryFactory;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Parser isolation driver (ADR 9): the same typical PDF and DOCX parsed by the production adapter in-process (with
 * its watchdog) and by Tika's ForkParser in a child JVM. Reports cold start, per-document latency and memory. Run by
 * hand, with the command in docs/benchmarks.md (a plain {@code java -cp}, so the child JVM gets the same jars).
 */
public final class ParserIsolationBench {

    private static final int WARM_UP = 10;

    private ParserIsolationBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        byte[] pdf = pdf(10);
        byte[] docx = docx(100);
        System.out.printf(
                "JDK %s, %d cores, max heap %d MiB; PDF %d KiB (10 pages), DOCX %d KiB (100 paragraphs), %d runs%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                pdf.length >> 10,
                docx.length >> 10,
                runs);
        inProcess(pdf, docx, runs);
        forked(pdf, docx, runs);
    }

    private static void inProcess(byte[] pdf, byte[] docx, int runs) throws Exception {
        long heapBefore = usedHeapAfterGc();
        long rssBefore = rssKiB(ProcessHandle.current().pid());
        long start = System.nanoTime();
        try (var adapter = new TikaDocumentParserAdapter(ParserSettings.defaults())) {
            adapter.parse(new DocumentContent(pdf, "typical.pdf", ""));
            long cold = System.nanoTime() - start;
            adapter.parse(new DocumentContent(docx, "typical.docx", ""));
            report("in-process", "cold start + first PDF", new long[] {cold});
            Timings pdfTimes = time(runs, () -> adapter.parse(new DocumentContent(pdf, "typical.pdf", "")));
            Timings docxTimes = time(runs, () -> adapter.parse(new DocumentContent(docx, "typical.docx", "")));
            report("in-process", "PDF", pdfTimes.nanos);
            report("in-process", "DOCX", docxTimes.nanos);
            System.out.printf(
                    "in-process  memory: heap retained %+d MiB after GC, process RSS %+d MiB%n",
                    (usedHeapAfterGc() - heapBefore) >> 20,
                    (rssKiB(ProcessHandle.current().pid()) - rssBefore) >> 10);
        }
    }

    private static void forked(byte[] pdf, byte[] docx, int runs) throws Exception {
        Path tikaBin = jarsOnClassPath();
        long start = System.nanoTime();
        ForkParser fork = new ForkParser(
                tikaBin, new ParserFactoryFactory("org.apache.tika.parser.AutoDetectParserFactory", new HashMap<>()));
        try {
            fork.setPoolSize(1);
            fork.setJavaCommand(List.of("java", "-Xmx512m"));
            fork.setServerParseTimeoutMillis(30_000);
            forkParse(fork, pdf);
            long cold = System.nanoTime() - start;
            forkParse(fork, docx);
            report("fork", "cold start + first PDF", new long[] {cold});
            report("fork", "PDF", time(runs, () -> forkParse(fork, pdf)).nanos);
            report("fork", "DOCX", time(runs, () -> forkParse(fork, docx)).nanos);
            long childRss = ProcessHandle.current()
                    .descendants()
                    .mapToLong(p -> rssKiB(p.pid()))
                    .sum();
            System.out.printf("fork        memory: child JVM RSS %d MiB (-Xmx512m, pool of 1)%n", childRss >> 10);
        } finally {
            fork.close();
        }
    }

    private static String forkParse(ForkParser fork, byte[] bytes) throws Exception {
        BodyContentHandler text = new BodyContentHandler(5_000_000);
        ParseContext context = new ParseContext();
        PDFParserConfig pdfConfig = new PDFParserConfig();
        pdfConfig.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdfConfig);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            fork.parse(in, text, new Metadata(), context);
        }
        return text.toString();
    }

    /** ForkParser starts its children from a directory of jars: this JVM's own, linked into a temporary one. */
    private static Path jarsOnClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                entries.add(url.getPath());
            }
        }
        entries.addAll(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        Path bin = Files.createTempDirectory("cairn-tika-bin");
        for (String entry : entries) {
            Path jar = Paths.get(entry);
            Path link = bin.resolve(jar.getFileName().toString());
            if (entry.endsWith(".jar") && Files.notExists(link)) {
                Files.createSymbolicLink(link, jar.toAbsolutePath());
            }
        }
        bin.toFile().deleteOnExit();
        return bin;
    }

    private record Timings(long[] nanos) {}

    private static Timings time(int runs, Callable<?> parse) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            parse.call();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            parse.call();
            nanos[i] = System.nanoTime() - start;
        }
        return new Timings(nanos);
    }

    private static void report(String mode, String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%-11s %-24s median %7.1f ms   p95 %7.1f ms%n",
                mode,
                what,
                sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Resident set size from /proc (Linux), 0 elsewhere. */
    private static long rssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static byte[] pdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    text.setLeading(14);
                    text.newLineAtOffset(50, 740);
                    for (int line = 0; line < 45; line++) {
                        text.showText("Page " + p + ", line " + line + ": the Aurora-7 telescope mirror is cooled.");
                        text.newLine();
                    }
                    text.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(int paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < paragraphs; i++) {
                document.createParagraph()
                        .createRun()
                        .setText("Paragraph " + i + ": new employees at Kestrel receive their security badge within "
                                + "48 hours, and every new hire gets an onboarding buddy for the first month.");
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
