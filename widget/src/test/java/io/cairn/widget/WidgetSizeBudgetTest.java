package io.cairn.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The widget's size budget, measured in the build: everything a visitor's browser downloads (the launcher, then the
 * panel on first open), gzipped at the best level, must stay within 20 KB. Prints the sizes, so the build log shows
 * them.
 */
class WidgetSizeBudgetTest {

    static final int BUDGET_BYTES = 20 * 1024;
    private static final Path SCRIPTS = Path.of("target", "classes", "cairn-widget");

    @Test
    void should_keep_the_launcher_and_the_panel_within_20_kb_gzipped_when_built() throws IOException {
        // given
        byte[] launcher = Files.readAllBytes(SCRIPTS.resolve("widget.js"));
        byte[] panel = Files.readAllBytes(SCRIPTS.resolve("panel.js"));

        // when
        int launcherGzipped = gzipped(launcher);
        int panelGzipped = gzipped(panel);
        int total = launcherGzipped + panelGzipped;

        // then
        System.out.printf(
                "[widget size] widget.js %d B (%d B gzipped), panel.js %d B (%d B gzipped), total %d B gzipped"
                        + " of a %d B budget%n",
                launcher.length, launcherGzipped, panel.length, panelGzipped, total, BUDGET_BYTES);
        assertThat(total)
                .as("widget.js + panel.js gzipped, in bytes (budget %d)", BUDGET_BYTES)
                .isLessThanOrEqualTo(BUDGET_BYTES);
        assertThat(launcherGzipped).as("the launcher alone stays small").isLessThan(panelGzipped);
    }

    @Test
    void should_measure_more_than_the_budget_when_given_more_than_the_budget_of_incompressible_bytes()
            throws IOException {
        // given: random bytes do not compress, so the measure must see them all
        byte[] noise = new byte[BUDGET_BYTES + 1];
        new java.util.Random(7).nextBytes(noise);

        // when / then
        assertThat(gzipped(noise)).isGreaterThan(BUDGET_BYTES);
    }

    static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
