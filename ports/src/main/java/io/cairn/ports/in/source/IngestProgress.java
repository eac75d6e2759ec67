package io.cairn.ports.in.source;

/** Receives progress of one ingestion run: documents done out of a total that may grow (crawls). */
@FunctionalInterface
public interface IngestProgress {

    void documentsDone(int done, int total, int chunks);

    static IngestProgress none() {
        return (done, total, chunks) -> {};
    }
}
