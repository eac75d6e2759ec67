package io.cairn.domain.job;

/** Where a job stands: waiting its turn, running on some node, waiting to retry after a failure, or dead. */
public enum JobState {
    QUEUED,
    RUNNING,
    RETRYING,
    DEAD;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
