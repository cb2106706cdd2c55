package io.newsroom.web.security;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Some refusals are made before our code runs and carry no body — above all the CSRF filter's 400 for a
 * form without its token. They get the same plain-words page as everything else.
 */
public class BareErrorFilter {

    @ServerResponseFilter
    public void page(ContainerResponseContext response) {
        int status = response.getStatus();
        if (status >= 400 && !response.hasEntity()) {
            response.setEntity(ErrorPages.render(ErrorPages.forStatus(status)), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
