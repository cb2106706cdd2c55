package io.newsroom.comment.store;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random ids and secrets from one cryptographically strong generator per thread. {@link UUID#randomUUID()} and a
 * shared {@link SecureRandom} draw from one synchronised NativePRNG: under the reply load of issue 11 its lock was
 * the most contended monitor of comment-service (up to 160 ms a wait, JFR), taken while a pool connection was held.
 */
public final class SecureIds {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureIds::newGenerator);

    private SecureIds() {
    }

    /** A version 4 (random) UUID, as {@link UUID#randomUUID()} makes it. */
    public static UUID uuid() {
        byte[] bytes = bytes(16);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    public static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.get().nextBytes(bytes);
        return bytes;
    }

    private static SecureRandom newGenerator() {
        try {
            // DRBG (NIST SP 800-90A) seeded from the operating system; no lock shared between threads.
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
