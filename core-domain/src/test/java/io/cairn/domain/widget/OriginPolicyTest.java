package io.cairn.domain.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginPolicyTest {

    private static final List<String> ALLOWED = List.of("https://shop.example", "http://localhost:8080");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://shop.example",
                "https://SHOP.example",
                "https://shop.example:443",
                "http://localhost:8080"
            })
    void should_allow_and_echo_the_origin_when_scheme_host_and_port_match(String origin) {
        // when
        Optional<String> allowed = OriginPolicy.allowed(ALLOWED, Optional.of(origin));
        // then
        assertThat(allowed).contains(origin);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://shop.example",
                "https://shop.example:8443",
                "https://evil.shop.example",
                "https://shop.example.evil.test",
                "https://shop.example/path",
                "https://user@shop.example",
                "http://localhost:8081",
                "http://localhost",
                "null",
                "file://shop.example",
                "",
                "not a url"
            })
    void should_refuse_the_origin_when_anything_differs(String origin) {
        // when
        Optional<String> allowed = OriginPolicy.allowed(ALLOWED, Optional.of(origin));
        // then
        assertThat(allowed).isEmpty();
    }

    @Test
    void should_refuse_every_origin_when_the_list_is_empty_or_the_origin_is_missing() {
        // when / then
        assertThat(OriginPolicy.allowed(List.of(), Optional.of("https://shop.example")))
                .isEmpty();
        assertThat(OriginPolicy.allowed(ALLOWED, Optional.empty())).isEmpty();
        assertThat(OriginPolicy.allowed(List.of("*"), Optional.of("https://shop.example")))
                .isEmpty();
    }
}
