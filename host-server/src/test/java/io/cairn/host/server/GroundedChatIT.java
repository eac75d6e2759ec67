package io.cairn.host.server;

import java.util.Map;

/** The grounded chat loop on the embedded default: H2 and the Lucene index in a temporary data directory. */
class GroundedChatIT extends GroundedChatContract {

    @Override
    Map<String, Object> serverProperties() {
        return Map.of();
    }
}
