package io.cairn.adapter.out.scraper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The range table and the inet_aton reader behind the guard, checked on literals only (no DNS). */
class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8.8.8.8",
                "1.1.1.1",
                "11.0.0.1",
                "172.15.255.255",
                "172.32.0.1",
                "100.63.255.255",
                "100.128.0.1",
                "169.253.255.255",
                "192.169.0.1",
                "223.255.255.255",
                "2001:4860:4860::8888",
                "2606:4700:4700::1111",
                "64:ff9b::808:808",
                "2002:808:808::1",
                "::ffff:8.8.8.8"
            })
    void should_allow_address_when_it_is_public(String literal) throws Exception {
        // given
        InetAddress address = InetAddress.getByName(literal);

        // when
        boolean blocked = BlockedAddresses.isBlocked(address);

        // then
        assertThat(blocked).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0.0.0.0",
                "0.255.255.255",
                "10.255.255.255",
                "100.64.0.0",
                "100.127.255.255",
                "127.0.0.1",
                "127.255.255.255",
                "169.254.0.0",
                "169.254.255.255",
                "172.16.0.0",
                "172.31.255.255",
                "192.168.0.0",
                "192.168.255.255",
                "224.0.0.0",
                "239.255.255.255",
                "240.0.0.0",
                "255.255.255.255",
                "::",
                "::1",
                "fc00::",
                "fdff:ffff:ffff::1",
                "fe80::1",
                "febf:ffff::1",
                "ff02::1",
                "::ffff:10.0.0.1",
                "64:ff9b::a00:1",
                "64:ff9b::c0a8:101",
                "64:ff9b:1::808:808",
                "::7f00:1",
                "2002:a9fe:a9fe::1"
            })
    void should_block_address_when_it_is_private_local_or_reserved(String literal) throws Exception {
        // given
        InetAddress address = InetAddress.getByName(literal);

        // when
        boolean blocked = BlockedAddresses.isBlocked(address);

        // then
        assertThat(blocked).as(literal).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "2130706433, 127.0.0.1",
        "0x7f.1, 127.0.0.1",
        "0X7F.0.0.1, 127.0.0.1",
        "0177.0.0.1, 127.0.0.1",
        "127.1, 127.0.0.1",
        "0x7f000001, 127.0.0.1",
        "10.0x10.1, 10.16.0.1",
        "192.168.257, 192.168.1.1",
        "1.2.3.4, 1.2.3.4",
        "1.2.3.4., 1.2.3.4"
    })
    void should_read_host_like_inet_aton_when_host_is_numeric(String host, String expected) throws Exception {
        // when
        Optional<InetAddress> address = NumericHost.parse(host);

        // then
        assertThat(address).contains(InetAddress.getByName(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "1e100.net", "cairn.io", "localhost", "0x7g.1", "::1"})
    void should_leave_host_to_dns_when_it_is_a_name(String host) {
        // when
        Optional<InetAddress> address = NumericHost.parse(host);

        // then
        assertThat(address).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3.4.5", "08.1.1.1", "4294967296", "1.16777216", "99999999999999999999"})
    void should_reject_host_when_it_is_numeric_but_out_of_range(String host) {
        assertThatIllegalArgumentException().isThrownBy(() -> NumericHost.parse(host));
    }
}
