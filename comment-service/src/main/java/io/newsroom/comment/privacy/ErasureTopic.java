package io.newsroom.comment.privacy;

/** The privacy events' types, also their routing keys. */
public final class ErasureTopic {
    public static final String REQUESTED = "privacy.erasure-requested";
    public static final String DONE = "privacy.erasure-done";

    private ErasureTopic() {
    }
}
