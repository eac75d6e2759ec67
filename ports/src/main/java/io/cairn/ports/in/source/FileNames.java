package io.cairn.ports.in.source;

/** Makes a user-supplied file name safe to show: no directories, no control characters, bounded length. */
public final class FileNames {

    private static final int MAX_LENGTH = 200;

    private FileNames() {}

    public static String displayName(String raw) {
        if (raw == null) {
            return "upload";
        }
        String name = raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload";
        }
        return name.length() <= MAX_LENGTH ? name : name.substring(name.length() - MAX_LENGTH);
    }
}
