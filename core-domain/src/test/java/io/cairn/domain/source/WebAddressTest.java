package io.cairn.domain.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTest {

    @ParameterizedTest
    @CsvSource({
        "HTTP://Example.COM, http://example.com/",
        "http://example.com:80/a/./b/../c, http://example.com/a/c",
        "https://example.com:443/x#section, https://example.com/x",
        "https://example.com:8443/x, https://example.com:8443/x",
        "https://example.com/p?utm_source=news&id=7&gclid=abc, https://example.com/p?id=7",
        "https://example.com/p?utm_medium=x, https://example.com/p"
    })
    void should_normalise_the_url_when_it_differs_only_in_form(String raw, String expected) {
        assertThat(WebAddress.normalise(raw)).contains(URI.create(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"mailto:help@example.com", "javascript:alert(1)", "ftp://example.com/", "/relative", "#top"})
    void should_drop_the_url_when_it_is_not_absolute_http(String raw) {
        assertThat(WebAddress.normalise(raw)).isEmpty();
    }
}
