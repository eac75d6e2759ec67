package io.cairn.adapter.out.scraper;

import static io.cairn.ports.out.fetch.FetchFailedException.Reason.BLOCKED_BY_SSRF_GUARD;
import static io.cairn.ports.out.fetch.FetchFailedException.Reason.INVALID_URL;
import static io.cairn.ports.out.fetch.FetchFailedException.Reason.UNSUPPORTED_SCHEME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.cairn.ports.out.fetch.FetchFailedException;
import io.cairn.ports.out.fetch.FetchFailedException.Reason;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SSRF matrix: every blocked range, odd encoding, scheme and port, refused with the right reason. */
class GuardedPageFetcherAdapterBlockedUrlTest {

    private final GuardedPageFetcherAdapter fetcher = new GuardedPageFetcherAdapter(FetchSettings.defaults());

    @AfterEach
    void closeFetcher() {
        fetcher.close();
    }

    static Stream<Arguments> refusedUrls() {
        return Stream.of(
                // IPv4 ranges
                arguments("http://127.0.0.1/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://127.255.255.254/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://10.0.0.1/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://172.16.0.1/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://172.31.255.255/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://192.168.1.1/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://100.64.0.1/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://100.100.100.200/latest/meta-data/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://169.254.169.254/latest/meta-data/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://0.0.0.0/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://0.1.2.3/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://224.0.0.1/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://239.255.255.250/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://240.0.0.1/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://255.255.255.255/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://localhost/", BLOCKED_BY_SSRF_GUARD),
                // IPv6 ranges and IPv6 forms carrying a blocked IPv4 address
                arguments("http://[::1]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[::]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[fc00::1]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[fd00:ec2::254]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[fe80::1]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[ff02::1]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[::ffff:127.0.0.1]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[::ffff:7f00:1]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[::ffff:169.254.169.254]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[64:ff9b::7f00:1]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[64:ff9b::169.254.169.254]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[64:ff9b:1::a00:1]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[::127.0.0.1]/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://[2002:7f00:1::1]/", BLOCKED_BY_SSRF_GUARD),
                // odd encodings of 127.0.0.1 and 169.254.169.254
                arguments("http://2130706433/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://0x7f.1/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://0x7f000001/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://0177.0.0.1/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://017700000001/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://127.1/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://127.000.000.001/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://0251.0376.0251.0376/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://0xa9fea9fe/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://user:pw@0x7f.1:80/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://example.com@127.0.0.1/", BLOCKED_BY_SSRF_GUARD),
                // ports outside the allowed set, refused before DNS
                arguments("http://example.com:8080/", BLOCKED_BY_SSRF_GUARD),
                arguments("https://example.com:22/", BLOCKED_BY_SSRF_GUARD),
                arguments("http://127.0.0.1:6379/", BLOCKED_BY_SSRF_GUARD),
                // schemes other than http and https
                arguments("file:///etc/passwd", UNSUPPORTED_SCHEME),
                arguments("jar:file:/tmp/app.jar!/secret.txt", UNSUPPORTED_SCHEME),
                arguments("ftp://example.com/file.txt", UNSUPPORTED_SCHEME),
                arguments("gopher://127.0.0.1:70/_GET", UNSUPPORTED_SCHEME),
                arguments("data:text/plain;base64,SGVsbG8=", UNSUPPORTED_SCHEME),
                arguments("dict://127.0.0.1:11211/stats", UNSUPPORTED_SCHEME),
                arguments("javascript:alert(1)", UNSUPPORTED_SCHEME),
                // malformed
                arguments("/relative/path", INVALID_URL),
                arguments("http:opaque", INVALID_URL),
                arguments("http:///no-host", INVALID_URL),
                arguments("http://1.2.3.4.5/", INVALID_URL),
                arguments("http://256.0.0.1/", INVALID_URL),
                arguments("http://08.0.0.1/", INVALID_URL),
                arguments("http://example.com:99999/", INVALID_URL));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("refusedUrls")
    void should_refuse_url_with_reason_when_target_is_not_public_http(String url, Reason expected) {
        // given
        URI uri = URI.create(url);

        // when
        FetchFailedException failure = catchThrowableOfType(FetchFailedException.class, () -> fetcher.fetch(uri));

        // then
        assertThat(failure).as(url).isNotNull();
        assertThat(failure.reason()).as(failure.getMessage()).isEqualTo(expected);
    }
}
