package io.newsroom.comment.intake;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The client's IP: the socket peer, unless that peer is one of our trusted proxies, in which
 * case X-Forwarded-For is read from the right, skipping trusted hops. A header from anyone else
 * is ignored, or any spammer could pick the IP we flood-check and report to Akismet. Trusted
 * proxies are exact addresses or CIDR ranges (10.0.0.0/8, fd00::/8).
 */
public final class ClientIpResolver {

    // Only literal addresses are ever parsed: a host name must never trigger a DNS look-up here.
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    private ClientIpResolver() {
    }

    public static String resolve(String peer, String forwardedFor, Collection<String> trustedProxies) {
        if (peer == null || forwardedFor == null || forwardedFor.isBlank() || !trusted(peer, trustedProxies)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = strip(hops[i].trim());
            if (!hop.isEmpty() && !trusted(hop, trustedProxies)) {
                return hop;
            }
        }
        return peer;
    }

    static boolean trusted(String address, Collection<String> trustedProxies) {
        for (String proxy : trustedProxies) {
            String entry = proxy.trim();
            if (entry.equals(address) || (entry.contains("/") && inRange(address, entry))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRange(String address, String cidr) {
        int slash = cidr.indexOf('/');
        byte[] network = literal(cidr.substring(0, slash));
        byte[] candidate = literal(address);
        if (network == null || candidate == null || network.length != candidate.length) {
            return false;
        }
        int bits;
        try {
            bits = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
            if ((network[i] & mask) != (candidate[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] literal(String address) {
        if (address.isEmpty() || !LITERAL.matcher(address).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String strip(String hop) {
        if (hop.startsWith("[") && hop.contains("]")) {
            return hop.substring(1, hop.indexOf(']'));
        }
        return hop;
    }
}
