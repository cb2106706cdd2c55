package io.newsroom.web.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is looking at the page: anonymous, or logged in through Keycloak (the session cookie of the code
 * flow). Public pages ask lazily, so a page without a session costs nothing; a session that can no
 * longer be verified makes the visitor anonymous on public pages (protected pages send them to log in).
 */
@RequestScoped
public class Visitor {

    private static final Logger LOG = Logger.getLogger(Visitor.class);

    @Inject
    CurrentIdentityAssociation association;

    private SecurityIdentity identity;

    private SecurityIdentity identity() {
        if (identity == null) {
            try {
                identity = association.getIdentity();
            } catch (AuthenticationFailedException e) {
                LOG.debugf("session not usable, treated as anonymous: %s", e.getMessage());
                identity = null;
            }
        }
        return identity;
    }

    public boolean loggedIn() {
        SecurityIdentity id = identity();
        return id != null && !id.isAnonymous();
    }

    /** The name Keycloak knows them by ("Erin Evans"), else their user name. */
    public String name() {
        if (!loggedIn()) {
            return null;
        }
        if (identity().getPrincipal() instanceof JsonWebToken idToken) {
            Object name = idToken.getClaim("name");
            if (name != null && !name.toString().isBlank()) {
                return name.toString();
            }
            Object username = idToken.getClaim("preferred_username");
            if (username != null) {
                return username.toString();
            }
        }
        return identity().getPrincipal().getName();
    }

    public Set<String> roles() {
        return loggedIn() ? identity().getRoles() : Set.of();
    }

    public boolean moderates() {
        return roles().contains("moderator") || roles().contains("admin");
    }

    public boolean administers() {
        return roles().contains("admin");
    }

    /** Their own access token, for the services behind web to judge; null when anonymous. */
    public String accessToken() {
        if (!loggedIn()) {
            return null;
        }
        AccessTokenCredential token = identity().getCredential(AccessTokenCredential.class);
        return token == null ? null : token.getToken();
    }
}
