package io.newsroom.comment.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What the flood and duplicate checks count a reply against, as PostgreSQL advisory lock ids. A logged-in reader is
 * their Keycloak subject and nothing else (an email anyone can type, or an office's shared IP, must not stop them);
 * an anonymous reader is their email and their IP, counted among anonymous replies only. Taking every key's lock
 * before checking makes the check atomic for each key; taking them in one global order (sorted ids) means two
 * replies that share several keys can never deadlock.
 */
public final class FloodKeys {

    private FloodKeys() {
    }

    public static List<Long> lockIds(Author author, String ip) {
        List<String> keys = new ArrayList<>();
        if (author.loggedIn()) {
            keys.add("subject:" + author.subject());
        } else {
            keys.add("email:" + author.email().strip().toLowerCase(Locale.ROOT));
            if (ip != null) {
                keys.add("ip:" + ip);
            }
        }
        TreeSet<Long> ids = new TreeSet<>();
        keys.forEach(key -> ids.add(lockId(key)));
        return List.copyOf(ids);
    }

    /** 64 bits of SHA-256: collisions (two keys sharing a lock) only serialise more, never less. */
    static long lockId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("newsroom-flood:" + key).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
