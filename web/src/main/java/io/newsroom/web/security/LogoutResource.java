package io.newsroom.web.security;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * "Log out?": reading the session here is what lets Quarkus' OIDC logout run (public pages resolve the
 * session lazily): it clears the session and sends the browser to Keycloak to end its session too, which
 * then returns to the front page. Someone not logged in just goes to the front page.
 */
@Path("/logout")
public class LogoutResource {

    @Inject
    Visitor visitor;

    @GET
    @PermitAll
    public Response logout() {
        visitor.loggedIn();
        return Response.seeOther(URI.create("/")).build();
    }
}
