package io.cairn.archfixtures.usecase.violation;

import io.cairn.archfixtures.host.server.ServerWiring;

/** Breaks rule 4: a use case reaches out to a host. */
public record HostAwareHelper(ServerWiring wiring) {}
