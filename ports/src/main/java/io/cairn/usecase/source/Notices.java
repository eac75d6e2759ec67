package io.cairn.usecase.source;

/** The notices shown next to a usable document that is not quite whole or not quite current. */
final class Notices {

    static final String TRUNCATED =
            "truncated: the text was longer than the parser's limit and was cut; the rest is not searchable";

    private Notices() {}

    static String lastSyncFailed(String reason) {
        return "last sync failed, the previous content is kept: " + reason;
    }
}
