package io.newsroom.comment.support;

import java.util.UUID;

/** The stories article-service "has" in the tests (served by {@link ArticleServiceStub}). */
public final class Stories {

    public static final UUID OPEN = UUID.fromString("0a000000-0000-0000-0000-000000000001");
    public static final UUID OTHER = UUID.fromString("0a000000-0000-0000-0000-000000000002");
    public static final UUID THREADS = UUID.fromString("0a000000-0000-0000-0000-000000000003");
    public static final UUID PRIVACY = UUID.fromString("0a000000-0000-0000-0000-000000000004");
    public static final UUID EVENTS = UUID.fromString("0a000000-0000-0000-0000-000000000005");
    public static final UUID LEAKS = UUID.fromString("0a000000-0000-0000-0000-000000000006");
    /** Published until a test unpublishes it. */
    public static final UUID TAKEN_DOWN = UUID.fromString("0a000000-0000-0000-0000-000000000007");
    public static final UUID RACE = UUID.fromString("0a000000-0000-0000-0000-000000000008");
    public static final UUID CLOSED = UUID.fromString("0c000000-0000-0000-0000-000000000001");
    public static final UUID FAILING = UUID.fromString("0e000000-0000-0000-0000-000000000500");
    public static final UUID SLOW = UUID.fromString("0e000000-0000-0000-0000-000000000504");
    public static final UUID UNREACHABLE = UUID.fromString("0e000000-0000-0000-0000-000000000000");
    public static final UUID UNKNOWN = UUID.fromString("0f000000-0000-0000-0000-000000000404");

    private Stories() {
    }
}
