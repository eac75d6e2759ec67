package io.cairn.ports.fakes;

import io.cairn.ports.out.index.RetrievalIndexContract;
import io.cairn.ports.out.index.RetrievalIndexPort;

class InMemoryRetrievalIndexTest extends RetrievalIndexContract {

    @Override
    protected RetrievalIndexPort newIndex() {
        return new InMemoryRetrievalIndex();
    }
}
