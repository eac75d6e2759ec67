package io.cairn.ports.in.retrieval;

import io.cairn.domain.retrieval.RankedChunk;
import java.util.List;

/** Use case: rank a bot's chunks for a query, as the chat does, without answering (search and evaluation). */
public interface RetrieveUseCase {

    List<RankedChunk> retrieve(RetrieveCommand command);
}
