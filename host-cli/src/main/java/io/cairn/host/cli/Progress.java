package io.cairn.host.cli;

import io.cairn.ports.in.source.IngestProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A terminal progress bar for long commands, fed by ingestion progress or by a loop. */
final class Progress implements AutoCloseable, IngestProgress {

    private final ProgressBar bar;

    Progress(String task, long total) {
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .build();
    }

    @Override
    public void documentsDone(int done, int total, int chunks) {
        bar.maxHint(total);
        bar.stepTo(done);
        bar.setExtraMessage(chunks + " chunks");
    }

    void step() {
        bar.step();
    }

    @Override
    public void close() {
        bar.close();
    }
}
