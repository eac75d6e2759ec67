package io.cairn.adapter.out.openai;

import java.net.URI;
import java.net.http.HttpRequest;

/** What every call to an OpenAI-compatible API shares: the path under the API root, and the optional key. */
final class Endpoints {

    private Endpoints() {}

    /** {@code path} under the API root, whether or not the configured root ends with a slash. */
    static URI resolve(URI baseUrl, String path) {
        String root = baseUrl.toString();
        return URI.create((root.endsWith("/") ? root : root + "/") + path);
    }

    /** Sends the key as a bearer token; a self-hosted server without a key gets no Authorization header. */
    static HttpRequest.Builder authorized(HttpRequest.Builder builder, String apiKey) {
        return apiKey.isBlank() ? builder : builder.header("Authorization", "Bearer " + apiKey);
    }
}
