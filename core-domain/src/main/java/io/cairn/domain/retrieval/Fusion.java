package io.cairn.domain.retrieval;

import java.util.List;

/** Merges a vector ranking and a keyword ranking of the same query into one hybrid ranking. */
public interface Fusion {

    List<RankedChunk> fuse(List<ChunkHit> vectorHits, List<ChunkHit> keywordHits, int limit);
}
