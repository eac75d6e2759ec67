package io.cairn.host.cli;

import io.cairn.domain.error.DomainException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.ValidationException;
import picocli.CommandLine;

/** The one place the CLI turns failures into a one-line message and an exit code. */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_NOT_FOUND = 3;
    static final int EXIT_UNAVAILABLE = 4;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("cairn: " + message(e));
        if (e instanceof NotFoundException) {
            return EXIT_NOT_FOUND;
        }
        if (e instanceof ValidationException || e instanceof IllegalArgumentException) {
            return EXIT_USAGE;
        }
        return EXIT_FAILURE;
    }

    static String message(Throwable e) {
        if (e instanceof DomainException) {
            return e.getMessage();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : firstLine(m);
    }

    /** Start-up failures: most often the embedded database is held by a running server. */
    static String startupMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Database may be already in use") || m.contains("locked by another process")) {
                return "the data directory is in use by a running Cairn server; stop it or point CAIRN_DATA_DIR elsewhere";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "could not start: " + message(root);
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
