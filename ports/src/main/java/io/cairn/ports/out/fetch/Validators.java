package io.cairn.ports.out.fetch;

/**
 * What a conditional GET sends back to the server: the {@code ETag} and {@code Last-Modified} values of the last
 * fetch. A server that answers 304 saves the download, the parse and the embedding.
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators("", "");

    public Validators {
        etag = etag == null ? "" : etag;
        lastModified = lastModified == null ? "" : lastModified;
    }

    public boolean isEmpty() {
        return etag.isEmpty() && lastModified.isEmpty();
    }
}
