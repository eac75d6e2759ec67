package io.cairn.adapter.in.http.playground;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Driving adapter: serves the self-contained playground page at {@code /} (public). Its inline script and style
 * run under a per-response CSP nonce, so nothing else can execute even if data ever reached the markup.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class PlaygroundController {

    static final String PAGE = "/playground/index.html";
    private static final String NONCE_PLACEHOLDER = "{{nonce}}";

    private final String page;
    private final SecureRandom random = new SecureRandom();

    public PlaygroundController() {
        this.page = load();
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<String> index() {
        String nonce = nonce();
        return HttpResponse.ok(page.replace(NONCE_PLACEHOLDER, nonce))
                .contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Content-Security-Policy", csp(nonce))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store");
    }

    static String csp(String nonce) {
        return "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-" + nonce + "'; "
                + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    private String nonce() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String load() {
        try (InputStream in =
                Objects.requireNonNull(PlaygroundController.class.getResourceAsStream(PAGE), "missing " + PAGE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
