package io.newsroom.comment.support;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Keycloak-shaped tokens for the demo users, signed with the key OidcWiremockTestResource serves,
 * so the production role mapping (realm_access.roles) is what the tests exercise.
 */
public final class Tokens {

    public record User(String subject, String username, String name, String email, List<String> roles) {
    }

    public static final User ERIN = new User("5e1a0000-0000-0000-0000-00000000e217", "erin", "Erin Reader",
            "erin@newsroom.test", List.of());
    public static final User CAROL = new User("5e1a0000-0000-0000-0000-0000000ca701", "carol", "Carol Moderator",
            "carol@newsroom.test", List.of("moderator"));
    public static final User DAVE = new User("5e1a0000-0000-0000-0000-00000000da7e", "dave", "Dave Admin",
            "dave@newsroom.test", List.of("admin"));

    private Tokens() {
    }

    public static String of(User user) {
        return of(user, "Bearer");
    }

    /** {@code type} is the typ claim: Keycloak's access tokens say Bearer, its ID tokens ID, its refresh tokens Refresh. */
    public static String of(User user, String type) {
        JwtClaimsBuilder claims = Jwt.issuer("https://server.example.com")
                .claim("typ", type)
                .audience("newsroom-api")
                .subject(user.subject())
                .claim("preferred_username", user.username())
                .claim("name", user.name())
                .claim("email", user.email());
        // Keycloak leaves realm_access out altogether for a user with no role.
        if (!user.roles().isEmpty()) {
            claims.claim("realm_access", Map.of("roles", user.roles()));
        }
        return claims.expiresIn(600).jws().keyId("1").sign("privateKey.jwk");
    }

    /** A reader unknown to Keycloak's demo list: for tests that need a fresh identity. */
    public static User reader(String name, String email) {
        return user(name, email, List.of());
    }

    /** A fresh identity with the given realm roles (flood checks key on sub and email, so tests need their own). */
    public static User user(String name, String email, List<String> roles) {
        return new User(java.util.UUID.randomUUID().toString(), name.toLowerCase().replace(' ', '.'), name, email,
                roles);
    }
}
