package io.cairn.host.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The packaged server jar run as a separate operating-system process, so a test can kill it for real. */
final class ServerProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "cairn-server.jar");

    private final Process process;
    private final URI uri;

    private ServerProcess(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    static ServerProcess start(Path dataDir, int port, Map<String, String> extraEnv, Path log) throws Exception {
        var builder = new ProcessBuilder(
                        "java", "-Xmx1g", "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = new HashMap<>(Map.of(
                "CAIRN_DATA_DIR",
                dataDir.toString(),
                "CAIRN_PORT",
                Integer.toString(port),
                "CAIRN_DEMO_ENABLED",
                "false",
                "CAIRN_JWT_SECRET",
                "a-crash-test-secret-that-is-long-enough-for-hs256-signing"));
        env.putAll(TestPlans.unlimitedFreeEnvironment());
        env.putAll(extraEnv);
        builder.environment().putAll(env);
        var server = new ServerProcess(builder.start(), URI.create("http://127.0.0.1:" + port));
        server.awaitHealthy();
        return server;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    URI uri() {
        return uri;
    }

    /** SIGKILL: no shutdown hook, no graceful stop, exactly like a crashed node. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server process exited with " + process.exitValue());
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(uri.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not become healthy in time");
    }
}
