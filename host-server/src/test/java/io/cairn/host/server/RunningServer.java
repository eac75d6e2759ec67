package io.cairn.host.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The real Cairn server, fully wired in a temporary data directory: on the embedded default unless {@code extra} says otherwise. */
final class RunningServer implements AutoCloseable {

    /** The HS256 secret every in-process test server signs with; tests forging tokens sign with it too. */
    static final String JWT_SECRET = "an-integration-test-secret-that-is-long-enough-for-hs256";

    private final EmbeddedServer server;
    private final JsonMapper json;

    RunningServer(Path dataDir, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put("cairn.data-dir", dataDir.toString());
        props.put("cairn.auth.jwt-secret", JWT_SECRET);
        props.put("micronaut.server.port", -1);
        props.put("cairn.demo.enabled", false);
        props.putAll(TestPlans.unlimitedFree());
        props.putAll(extra);
        this.server = ApplicationContext.run(EmbeddedServer.class, props);
        this.json = server.getApplicationContext().getBean(JsonMapper.class);
    }

    URI uri() {
        return server.getURI();
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    Map<String, Object> map(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Override
    public void close() {
        server.close();
    }
}
