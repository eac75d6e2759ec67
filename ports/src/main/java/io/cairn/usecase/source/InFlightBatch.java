package io.cairn.usecase.source;

import java.util.List;

/** A batch of documents whose embeddings are on their way, or could not be started. */
record InFlightBatch(List<PreparedDocument> documents, CachedEmbeddings.Pending embedding, RuntimeException failure) {

    static final InFlightBatch NONE = new InFlightBatch(List.of(), null, null);

    static InFlightBatch started(List<PreparedDocument> documents, CachedEmbeddings.Pending embedding) {
        return new InFlightBatch(documents, embedding, null);
    }

    static InFlightBatch failed(List<PreparedDocument> documents, RuntimeException failure) {
        return new InFlightBatch(documents, null, failure);
    }

    /** Waits for the model and answers the chunks' vectors in order; throws what starting or running it threw. */
    List<float[]> vectors() {
        if (failure != null) {
            throw failure;
        }
        return embedding.await();
    }
}
