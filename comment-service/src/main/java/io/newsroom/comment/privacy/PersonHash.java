package io.newsroom.comment.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How a person is named in records and events once they asked: SHA-256 (hex) of the lower-cased email, or of the
 * Keycloak subject. moderation-service computes the same over its rows (docs/contracts.md).
 */
public final class PersonHash {

    private PersonHash() {
    }

    public static String ofEmail(String email) {
        return sha256(email.trim().toLowerCase(Locale.ROOT));
    }

    public static String ofSubject(String subject) {
        return sha256(subject);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
