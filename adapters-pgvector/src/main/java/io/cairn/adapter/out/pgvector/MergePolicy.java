package io.cairn.adapter.out.pgvector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which of one term's posting blocks to merge into one. Each write of a term appends a block, so a term written by
 * many batches has many blocks, and deletes leave dead postings in them. The policy, for a term with {@code df} live
 * postings:
 *
 * <ul>
 *   <li>dead postings outnumber live ones: merge every block (purging all the dead ones; each dead posting pays for
 *       at most one live posting rewritten);
 *   <li>more than {@link #MAX_BLOCKS} blocks: merge the smallest blocks, starting with the two smallest and taking
 *       the next larger one while it holds no more postings than those already taken. A posting is rewritten only
 *       into a block at least twice its block's size (bar the second smallest), so it is rewritten about log2(df)
 *       times in its life instead of once per merge, and one large block is left alone while small ones come and go;
 *   <li>otherwise nothing.
 * </ul>
 */
final class MergePolicy {

    /** More blocks than this and a term's small blocks are merged. */
    static final int MAX_BLOCKS = 8;

    /** A stored block: its id (index_postings.block) and its number of postings, live and dead. */
    record Block(long id, int count) {}

    private MergePolicy() {}

    /** The ids of the blocks a write should merge, in no particular order; empty for none. */
    static List<Long> afterWrite(List<Block> blocks, long df) {
        if (deadOutnumberLive(blocks, df)) {
            return ids(blocks);
        }
        if (blocks.size() <= MAX_BLOCKS) {
            return List.of();
        }
        var smallestFirst = new ArrayList<>(blocks);
        smallestFirst.sort(Comparator.comparingInt(Block::count).thenComparingLong(Block::id));
        long taken = smallestFirst.get(0).count() + (long) smallestFirst.get(1).count();
        int end = 2;
        while (end < smallestFirst.size() && smallestFirst.get(end).count() <= taken) {
            taken += smallestFirst.get(end++).count();
        }
        return ids(smallestFirst.subList(0, end));
    }

    /** The ids of the blocks an optimize merges: all of them, unless they are one block without dead postings. */
    static List<Long> all(List<Block> blocks, long df) {
        boolean single = blocks.size() == 1 && blocks.get(0).count() == df;
        return single ? List.of() : ids(blocks);
    }

    private static boolean deadOutnumberLive(List<Block> blocks, long df) {
        long postings = blocks.stream().mapToLong(Block::count).sum();
        return postings - df > df;
    }

    private static List<Long> ids(List<Block> blocks) {
        return blocks.stream().map(Block::id).toList();
    }
}
