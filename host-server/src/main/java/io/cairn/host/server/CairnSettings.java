package io.cairn.host.server;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/** The host's own settings under {@code cairn.*}. */
@ConfigurationProperties("cairn")
public record CairnSettings(
        @Bindable(defaultValue = "./cairn-data") Path dataDir,
        @Bindable(defaultValue = "false") boolean allowPrivateNetworkFetch,
        @Bindable(defaultValue = "320") int chunkMaxTokens,
        @Bindable(defaultValue = "48") int chunkOverlapTokens) {

    public Path indexDir() {
        return dataDir.resolve("index");
    }
}
