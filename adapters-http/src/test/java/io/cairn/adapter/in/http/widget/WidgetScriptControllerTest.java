package io.cairn.adapter.in.http.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WidgetScriptControllerTest {

    private final WidgetScripts scripts =
            WidgetScripts.of("load('" + WidgetScripts.PANEL_PLACEHOLDER + "');", "panel();");
    private final WidgetScriptController controller = new WidgetScriptController(Optional.of(scripts));

    @Test
    void should_point_the_launcher_at_the_panel_of_its_own_release_when_serving() {
        // when
        HttpResponse<String> loader = controller.loader();

        // then
        assertThat(loader.body()).isEqualTo("load('/widget/" + scripts.version() + "/panel.js');");
        assertThat(loader.getHeaders().get("Cache-Control")).isEqualTo(WidgetScriptController.SHORT_CACHE);
        assertThat(loader.getContentType().orElseThrow().toString()).startsWith("text/javascript");
    }

    @Test
    void should_cache_versioned_scripts_for_a_year_and_refuse_another_version() {
        // when
        HttpResponse<String> panel = controller.panel(scripts.version());
        HttpResponse<String> stale = controller.panel("0123456789abcdef");

        // then
        assertThat(panel.body()).isEqualTo("panel();");
        assertThat(panel.getHeaders().get("Cache-Control"))
                .contains("immutable")
                .contains("max-age=31536000");
        assertThat(stale.getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void should_change_the_version_when_either_script_changes() {
        // when
        String other = WidgetScripts.of("load();", "panel(2);").version();

        // then
        assertThat(other).isNotEqualTo(scripts.version()).hasSize(16);
    }
}
