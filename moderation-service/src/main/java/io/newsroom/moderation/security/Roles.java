package io.newsroom.moderation.security;

import io.newsroom.moderation.decision.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The Keycloak realm's role names, written once: as {@code @RolesAllowed} needs them (compile-time constants), and
 * as the decider's {@link Role}s.
 */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String MODERATOR = "moderator";
    public static final String FACT_CHECKER = "fact-checker";

    private Roles() {
    }

    public static Optional<Role> of(String realmRole) {
        return switch (realmRole == null ? "" : realmRole.trim()) {
            case ADMIN -> Optional.of(Role.ADMIN);
            case EDITOR -> Optional.of(Role.EDITOR);
            case MODERATOR -> Optional.of(Role.MODERATOR);
            case FACT_CHECKER -> Optional.of(Role.FACT_CHECKER);
            default -> Optional.empty();
        };
    }

    /** Roles as comment.submitted carries them (comma-separated in our copy); unknown names are readers' roles. */
    public static Set<Role> parse(String commaSeparated) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (commaSeparated != null && !commaSeparated.isBlank()) {
            Arrays.stream(commaSeparated.split(",")).map(Roles::of).flatMap(Optional::stream).forEach(roles::add);
        }
        return roles;
    }
}
