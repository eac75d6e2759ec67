package io.cairn.host.server;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The host's own settings under {@code cairn.*}. */
@ConfigurationProperties("cairn")
public record CairnSettings(
        @Bindable(defaultValue = "./cairn-data") Path dataDir,
        @Bindable(defaultValue = "false") boolean allowPrivateNetworkFetch,
        @Bindable(defaultValue = "320") int chunkMaxTokens,
        @Bindable(defaultValue = "48") int chunkOverlapTokens,
        @Bindable(defaultValue = "80,443") String fetchAllowedPorts) {

    /** The ports the guarded fetcher may connect to: 80 and 443 unless an operator lists more (comma-separated). */
    public Set<Integer> allowedFetchPorts() {
        return Arrays.stream(fetchAllowedPorts.split(","))
                .map(String::strip)
                .filter(port -> !port.isEmpty())
                .map(Integer::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }
}
