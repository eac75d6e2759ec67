package io.cairn.host.cli;

import io.cairn.ports.in.source.IngestProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A terminal progress bar for long commands, fed by ingestion progress or by a loop. */
final class Progress implements AutoCloseable, IngestProgress {

    private final ProgressBar bar;
    private final boolean counting;

    /** A bar for an ingestion run, which counts documents up to a total known only at the end. */
    static Progress documents(String task) {
        return new Progress(task, -1, true);
    }

    /** A bar for a loop of {@code total} steps. */
    Progress(String task, long total) {
        this(task, total, false);
    }

    private Progress(String task, long total, boolean counting) {
        this.counting = counting;
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .build();
    }

    /**
     * Ingestion reads its documents as it goes, so the total is what it has found so far: a percentage and a time
     * left would promise an end that is not known yet (99%, three seconds left, with hundreds of documents to come).
     * The bar counts documents instead, and shows the total once the run ends.
     */
    @Override
    public void documentsDone(int done, int total, int chunks) {
        bar.stepTo(done);
        bar.setExtraMessage(chunks + " chunks");
    }

    void step() {
        bar.step();
    }

    @Override
    public void close() {
        if (counting) {
            bar.maxHint(bar.getCurrent());
        }
        bar.close();
    }
}
