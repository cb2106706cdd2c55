package io.newsroom.comment.intake;

import java.util.Collection;

/**
 * The client's IP: the socket peer, unless that peer is one of our trusted proxies, in which
 * case X-Forwarded-For is read from the right, skipping trusted hops. A header from anyone else
 * is ignored, or any spammer could pick the IP we flood-check and report to Akismet.
 */
public final class ClientIpResolver {

    private ClientIpResolver() {
    }

    public static String resolve(String peer, String forwardedFor, Collection<String> trustedProxies) {
        if (peer == null || forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = strip(hops[i].trim());
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private static String strip(String hop) {
        if (hop.startsWith("[") && hop.contains("]")) {
            return hop.substring(1, hop.indexOf(']'));
        }
        return hop;
    }
}
