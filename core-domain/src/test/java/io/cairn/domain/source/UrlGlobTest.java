package io.cairn.domain.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlGlobTest {

    @ParameterizedTest
    @CsvSource({
        "/docs/**, /docs/install/linux, true",
        "/docs/**, /doc/install, false",
        "/docs/*, /docs/install, true",
        "/docs/*, /docs/install/linux, false",
        "*.pdf, /files/2024/report.pdf, true",
        "*.pdf, /files/report.pdf.html, false",
        "/pricing, /pricing?plan=pro, true",
        "/blog/????/*, /blog/2024/hello, true"
    })
    void should_match_the_path_when_the_glob_covers_it(String glob, String path, boolean expected) {
        assertThat(UrlGlob.matches(glob, path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"/docs/guide, true", "/docs/drafts/x, false", "/blog/post, false"})
    void should_let_exclude_win_over_include_when_both_match(String path, boolean admitted) {
        var bounds = new CrawlSettings(3, 10, List.of("/docs/**"), List.of("/docs/drafts/**"));
        assertThat(bounds.admits(path)).isEqualTo(admitted);
    }
}
