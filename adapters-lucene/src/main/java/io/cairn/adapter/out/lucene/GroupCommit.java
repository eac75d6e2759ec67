package io.cairn.adapter.out.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexWriter;

/**
 * Makes a write durable before it returns while sharing fsyncs: writers queued behind a running commit are usually
 * covered by the next single commit.
 */
final class GroupCommit {

    private final IndexWriter writer;
    private long committedThrough = -1;

    GroupCommit(IndexWriter writer) {
        this.writer = writer;
    }

    /** Returns once every operation up to {@code sequenceNumber} is in a commit on disk. */
    synchronized void commitThrough(long sequenceNumber) throws IOException {
        if (sequenceNumber > committedThrough) {
            committedThrough = Math.max(committedThrough, writer.commit());
        }
    }
}
