package io.newsroom.article.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Signed tokens shaped like the newsroom realm's (roles in realm_access.roles, audience newsroom-api), signed
 * with the key the test OIDC server publishes, so the production role mapping is what the tests exercise.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "newsroom-api";

    private static final Map<String, List<String>> ROLES = Map.of(
            "alice", List.of("editor"),
            "ed", List.of("editor", "fact-checker"),
            "bob", List.of("fact-checker"),
            "carol", List.of("moderator"),
            "dave", List.of("admin"),
            "erin", List.of());

    private TestTokens() {
    }

    public static String of(String user) {
        return token(user, ROLES.get(user), AUDIENCE, ISSUER, 600);
    }

    public static String token(String user, List<String> roles, String audience, String issuer, long lifetimeSeconds) {
        return token(user, roles, audience, issuer, lifetimeSeconds, "Bearer");
    }

    /** {@code type} is the typ claim: Keycloak's access tokens say Bearer, its ID tokens ID, its refresh tokens Refresh. */
    public static String token(String user, List<String> roles, String audience, String issuer, long lifetimeSeconds, String type) {
        var claims = Jwt.issuer(issuer)
                .claim("typ", type)
                .audience(Set.of(audience))
                .subject("sub-" + user)
                .claim("preferred_username", user)
                .claim("name", Character.toUpperCase(user.charAt(0)) + user.substring(1) + " Demo")
                .claim("email", user + "@newsroom.test");
        if (!roles.isEmpty()) {
            claims.claim("realm_access", Map.of("roles", roles));
        }
        return claims.expiresIn(lifetimeSeconds).jws().keyId("1").sign("privateKey.jwk");
    }
}
