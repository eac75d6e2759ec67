package io.cairn.archfixtures.host.server.violation;

/** Breaks rule 10: standard streams outside the CLI. */
public final class PrintingWiring {
    public void start() {
        System.err.println("started");
    }
}
