package io.newsroom.moderation.problem;

import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Reader-typed text is returned as JSON, never HTML: nosniff stops a browser from guessing that a
 * JSON body is a page and running anything in it.
 */
public class SecurityHeaders {

    @ServerResponseFilter
    public void nosniff(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
