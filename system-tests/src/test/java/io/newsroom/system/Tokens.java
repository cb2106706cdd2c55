package io.newsroom.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real tokens from the real Keycloak, for the demo users, over the password grant of newsroom-cli. */
public final class Tokens {

    private record Fetched(String token, long at) {
    }

    /** The realm's tokens live 15 minutes; a drill can take longer than that. */
    private static final long REUSE_MILLIS = 10 * 60 * 1000;
    private static final Map<String, Fetched> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String user) {
        Fetched fetched = CACHE.compute(user, (u, old) -> old != null && System.currentTimeMillis() - old.at() < REUSE_MILLIS
                ? old
                : new Fetched(fetch("newsroom", "newsroom-cli", u, u), System.currentTimeMillis()));
        return fetched.token();
    }

    public static String fetch(String realm, String client, String user, String password) {
        Http.Reply reply = Http.form(NewsroomSystem.get().keycloak("/realms/" + realm + "/protocol/openid-connect/token"),
                Map.of("client_id", client, "grant_type", "password", "username", user, "password", password));
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + user + " in realm " + realm + ": " + reply);
        }
        return reply.json().getString("access_token");
    }
}
