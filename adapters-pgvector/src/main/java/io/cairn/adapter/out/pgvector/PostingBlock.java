package io.cairn.adapter.out.pgvector;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The postings of one term in one scope, packed into one {@code bytea} of index_postings. Format: fixed 16-byte
 * records, big-endian, sorted by chunk key, no header (the record count is {@code length / 16}):
 *
 * <pre>
 *   offset 0  int8  chunk_key   index_chunks.chunk_key of the chunk that holds the term
 *   offset 8  int4  tf          how often the chunk holds the term (title and text analysed together)
 *   offset 12 int4  length      the chunk's length in terms (index_chunks.length)
 * </pre>
 *
 * The SQL that converts the old one-row-per-posting table writes the same bytes with {@code int8send(chunk_key) ||
 * int4send(tf) || int4send(length)}. A record whose chunk key is no longer in index_chunks is dead: readers skip it and
 * the next merge of the term drops it.
 */
final class PostingBlock {

    static final int RECORD_BYTES = 16;

    /** One chunk's posting of a term. */
    record Posting(long chunkKey, int tf, int length) {}

    /** Receives the records of an encoded block, one call each, without a record object per posting. */
    @FunctionalInterface
    interface RecordVisitor {
        void visit(long chunkKey, int tf, int length);
    }

    private final List<Posting> postings = new ArrayList<>();

    void add(long chunkKey, int tf, int length) {
        postings.add(new Posting(chunkKey, tf, length));
    }

    /** Adds every record of an encoded block. */
    void addAll(byte[] block) {
        forEachRecord(block, this::add);
    }

    /** Decodes an encoded block, record by record, in its order. */
    static void forEachRecord(byte[] block, RecordVisitor visitor) {
        var buffer = ByteBuffer.wrap(block);
        for (int offset = 0; offset + RECORD_BYTES <= block.length; offset += RECORD_BYTES) {
            visitor.visit(buffer.getLong(offset), buffer.getInt(offset + 8), buffer.getInt(offset + 12));
        }
    }

    List<Posting> postings() {
        return postings;
    }

    /** Keeps only the postings whose chunk key {@code live} holds. */
    void retainLive(LiveKeys live) {
        postings.removeIf(posting -> !live.contains(posting.chunkKey()));
    }

    int size() {
        return postings.size();
    }

    /** The encoded block, records sorted by chunk key. */
    byte[] encode() {
        postings.sort(Comparator.comparingLong(Posting::chunkKey));
        var buffer = ByteBuffer.allocate(postings.size() * RECORD_BYTES);
        for (Posting posting : postings) {
            buffer.putLong(posting.chunkKey()).putInt(posting.tf()).putInt(posting.length());
        }
        return buffer.array();
    }
}
