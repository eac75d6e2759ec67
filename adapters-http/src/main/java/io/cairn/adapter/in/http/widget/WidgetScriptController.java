package io.cairn.adapter.in.http.widget;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;
import java.util.function.Function;

/**
 * Driving adapter: serves the widget's scripts to any website. {@code /widget.js}, the embed snippet's loader, is
 * cached for five minutes so a new release reaches every site soon; {@code /widget/{version}/widget.js} and
 * {@code panel.js} are named by their content and cached for a year, immutable. Another version is 404.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class WidgetScriptController {

    static final String JAVASCRIPT = "text/javascript;charset=utf-8";
    static final String SHORT_CACHE = "public, max-age=300";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Optional<WidgetScripts> scripts;

    public WidgetScriptController() {
        this(WidgetScripts.fromClasspath());
    }

    WidgetScriptController(Optional<WidgetScripts> scripts) {
        this.scripts = scripts;
    }

    @Get("/widget.js")
    public HttpResponse<String> loader() {
        return serve(Optional.empty(), WidgetScripts::launcher, SHORT_CACHE);
    }

    @Get("/widget/{version}/widget.js")
    public HttpResponse<String> launcher(String version) {
        return serve(Optional.of(version), WidgetScripts::launcher, IMMUTABLE);
    }

    @Get("/widget/{version}/panel.js")
    public HttpResponse<String> panel(String version) {
        return serve(Optional.of(version), WidgetScripts::panel, IMMUTABLE);
    }

    private HttpResponse<String> serve(
            Optional<String> version, Function<WidgetScripts, String> script, String cacheControl) {
        Optional<WidgetScripts> release =
                scripts.filter(s -> version.map(s.version()::equals).orElse(true));
        if (release.isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_FOUND);
        }
        MutableHttpResponse<String> response = HttpResponse.ok(script.apply(release.get()));
        return response.contentType(JAVASCRIPT)
                .header("Cache-Control", cacheControl)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cross-Origin-Resource-Policy", "cross-origin");
    }
}
