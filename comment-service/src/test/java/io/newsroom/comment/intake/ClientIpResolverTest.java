package io.newsroom.comment.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientIpResolverTest {

    @Test
    void noTrustedProxiesMeansThePeerWhateverTheHeaderSays() {
        assertEquals("203.0.113.9", ClientIpResolver.resolve("203.0.113.9", "1.2.3.4", List.of()));
    }

    @Test
    void headerFromAnUntrustedPeerIsIgnored() {
        assertEquals("203.0.113.9", ClientIpResolver.resolve("203.0.113.9", "1.2.3.4", Set.of("10.0.0.5")));
    }

    @Test
    void trustedProxyHopsAreSkippedFromTheRight() {
        Set<String> proxies = Set.of("10.0.0.5", "10.0.0.6");
        assertEquals("198.51.100.7", ClientIpResolver.resolve("10.0.0.5", "198.51.100.7", proxies));
        // a spoofed left-most entry does not win over the hop our own proxy saw
        assertEquals("198.51.100.7",
                ClientIpResolver.resolve("10.0.0.5", "6.6.6.6, 198.51.100.7, 10.0.0.6", proxies));
        assertEquals("2001:db8::1", ClientIpResolver.resolve("10.0.0.5", "[2001:db8::1]", proxies));
    }

    @Test
    void onlyProxiesInTheHeaderFallsBackToThePeer() {
        assertEquals("10.0.0.5", ClientIpResolver.resolve("10.0.0.5", "10.0.0.6", Set.of("10.0.0.5", "10.0.0.6")));
        assertEquals("10.0.0.5", ClientIpResolver.resolve("10.0.0.5", null, Set.of("10.0.0.5")));
    }

    @Test
    void trustedProxiesMayBeCidrRanges() {
        List<String> proxies = List.of("10.0.0.0/8", "fd00::/8", "192.168.1.7");
        assertEquals("198.51.100.7", ClientIpResolver.resolve("10.42.3.4", "198.51.100.7, 10.1.1.1", proxies));
        assertEquals("2001:db8::9", ClientIpResolver.resolve("fd12::1", "2001:db8::9", proxies));
        assertEquals("11.0.0.1", ClientIpResolver.resolve("11.0.0.1", "198.51.100.7", proxies));
        assertEquals("192.168.1.8", ClientIpResolver.resolve("192.168.1.8", "198.51.100.7", proxies));
        assertEquals("not-an-ip", ClientIpResolver.resolve("10.0.0.1", "not-an-ip", proxies));
    }
}
