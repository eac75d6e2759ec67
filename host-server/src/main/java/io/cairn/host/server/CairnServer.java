package io.cairn.host.server;

import io.micronaut.runtime.Micronaut;
import java.util.Map;

/** Starts the Cairn HTTP server on the configured storage (the embedded default unless CAIRN_DB_URL is set). */
public final class CairnServer {

    private CairnServer() {}

    public static void main(String[] args) {
        Map<String, Object> startup = StartupProperties.resolve(System.getenv());
        Micronaut.build(args).mainClass(CairnServer.class).properties(startup).start();
    }
}
