package io.newsroom.web.security;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/**
 * "Log in to reply": reaching this page needs a login, so Keycloak's code flow runs first; back here,
 * the reader is sent on to where they came from (a path of this site only, never another site).
 */
@Path("/login")
public class LoginResource {

    @GET
    @Authenticated
    public Response login(@QueryParam("to") String to) {
        return Response.seeOther(URI.create(localPath(to))).build();
    }

    static String localPath(String to) {
        if (to == null || !to.startsWith("/") || to.startsWith("//") || to.contains("\\")
                || to.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        try {
            URI uri = URI.create(to);
            return uri.getHost() == null && uri.getScheme() == null ? to : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
