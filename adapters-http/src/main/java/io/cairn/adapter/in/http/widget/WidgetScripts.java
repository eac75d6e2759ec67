package io.cairn.adapter.in.http.widget;

import io.cairn.domain.common.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The widget's two scripts as served: a release version taken from their content, and the launcher pointing at the
 * panel of that same release, so a year-long immutable cache can never mix two releases.
 */
record WidgetScripts(String version, String launcher, String panel) {

    static final String RESOURCES = "/cairn-widget/";
    static final String PANEL_PLACEHOLDER = "__CAIRN_PANEL_PATH__";

    static WidgetScripts of(String launcherSource, String panelSource) {
        String version = ContentHash.of(launcherSource + '\u0000' + panelSource).substring(0, 16);
        String launcher = launcherSource.replace(PANEL_PLACEHOLDER, "/widget/" + version + "/panel.js");
        return new WidgetScripts(version, launcher, panelSource);
    }

    /** The scripts on the classpath (the cairn-widget module), or nothing when this server was built without them. */
    static Optional<WidgetScripts> fromClasspath() {
        return read("widget.js").flatMap(launcher -> read("panel.js").map(panel -> of(launcher, panel)));
    }

    private static Optional<String> read(String name) {
        try (InputStream in = WidgetScripts.class.getResourceAsStream(RESOURCES + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
