package io.newsroom.moderation.support;

import io.smallrye.jwt.build.Jwt;

import java.util.List;
import java.util.Map;

/** Signed JWTs shaped like Keycloak's, for the demo users. */
public final class Tokens {
    private Tokens() {
    }

    public static String of(String user, String... roles) {
        return typed("Bearer", user, roles);
    }

    /** {@code type} is the typ claim: Keycloak's access tokens say Bearer, its ID tokens ID, its refresh tokens Refresh. */
    public static String typed(String type, String user, String... roles) {
        var builder = Jwt.issuer("https://server.example.com")
                .claim("typ", type)
                .audience("newsroom-api")
                .subject("sub-" + user)
                .claim("preferred_username", user)
                .claim("name", user.substring(0, 1).toUpperCase() + user.substring(1))
                .claim("email", user + "@newsroom.example");
        if (roles.length > 0) {
            builder.claim("realm_access", Map.of("roles", List.of(roles)));
        }
        return builder.expiresIn(600).jws().keyId("1").sign("privateKey.jwk");
    }

    public static String carol() {
        return of("carol", "moderator");
    }

    public static String dave() {
        return of("dave", "admin");
    }

    public static String alice() {
        return of("alice", "editor");
    }

    public static String erin() {
        return of("erin");
    }
}
