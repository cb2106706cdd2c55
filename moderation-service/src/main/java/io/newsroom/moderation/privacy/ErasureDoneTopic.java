package io.newsroom.moderation.privacy;

/** The event type of the confirmation, also its routing key. */
public final class ErasureDoneTopic {
    public static final String TYPE = "privacy.erasure-done";

    private ErasureDoneTopic() {
    }
}
