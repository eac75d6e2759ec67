package io.cairn.ports.fakes;

import io.cairn.ports.out.jobs.Job;
import io.cairn.ports.out.jobs.JobHandler;
import io.cairn.ports.out.jobs.JobQueuePort;
import java.util.ArrayList;
import java.util.List;

/** Keeps enqueued jobs until a test runs them, so tests control when background work happens. */
public class RecordingJobQueue implements JobQueuePort {

    private final List<Job> pending = new ArrayList<>();

    @Override
    public synchronized void enqueue(Job job) {
        pending.add(job);
    }

    public synchronized List<Job> pending() {
        return List.copyOf(pending);
    }

    /** Runs every pending job of the handler's kind, including jobs enqueued while running. */
    public void runAll(JobHandler handler) {
        while (true) {
            Job next;
            synchronized (this) {
                next = pending.stream()
                        .filter(j -> j.kind().equals(handler.kind()))
                        .findFirst()
                        .orElse(null);
                if (next == null) {
                    return;
                }
                pending.remove(next);
            }
            handler.handle(next);
        }
    }
}
