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
}
