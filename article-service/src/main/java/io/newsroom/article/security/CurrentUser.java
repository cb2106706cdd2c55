package io.newsroom.article.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, as the token says: a stable subject and a name fit to print. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String subject() {
        String sub = token.getSubject();
        return sub != null ? sub : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            name = token.getClaim("preferred_username");
        }
        return name != null && !name.isBlank() ? name : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Staff see stories that are not published yet. */
    public boolean isStaff() {
        return !identity.isAnonymous()
                && (identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.FACT_CHECKER) || identity.hasRole(Roles.ADMIN));
    }
}
