package io.newsroom.moderation.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** How a person is named once erased: SHA-256 (hex) of the lower-cased email, or of the Keycloak subject. */
public final class PersonHash {
    private PersonHash() {
    }

    public static String ofEmail(String email) {
        return sha256(email.trim().toLowerCase(Locale.ROOT));
    }

    public static String ofSubject(String subject) {
        return sha256(subject);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
