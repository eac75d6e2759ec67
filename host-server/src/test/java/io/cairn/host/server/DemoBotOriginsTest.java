package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoBotOriginsTest {

    @Test
    void should_allow_the_playground_on_8080_and_on_the_port_the_server_listens_on() {
        // when / then
        assertThat(DemoBotSeeder.widgetOrigins(9090))
                .containsExactly(
                        "http://localhost:8080",
                        "http://127.0.0.1:8080",
                        "http://localhost:9090",
                        "http://127.0.0.1:9090");
        assertThat(DemoBotSeeder.widgetOrigins(8080)).containsExactly("http://localhost:8080", "http://127.0.0.1:8080");
    }
}
