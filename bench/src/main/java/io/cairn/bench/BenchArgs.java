package io.cairn.bench;

import java.util.Arrays;
import java.util.List;

/** {@code --name value} command-line options with defaults, and bare flags. */
final class BenchArgs {

    private final List<String> args;

    BenchArgs(String[] args) {
        this.args = Arrays.asList(args);
    }

    String get(String name, String fallback) {
        int at = args.indexOf("--" + name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : fallback;
    }

    int integer(String name, int fallback) {
        return Integer.parseInt(get(name, String.valueOf(fallback)));
    }

    boolean flag(String name) {
        return args.contains("--" + name);
    }
}
