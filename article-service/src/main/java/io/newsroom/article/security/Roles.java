package io.newsroom.article.security;

/** Realm roles of the newsroom realm in Keycloak. */
public final class Roles {
    public static final String EDITOR = "editor";
    public static final String FACT_CHECKER = "fact-checker";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
