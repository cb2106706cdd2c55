package io.newsroom.comment.article;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** article-service's public read; wrapped by {@link ArticleGateway}, which adds the fault tolerance. */
@RegisterRestClient(configKey = "article-service")
@Path("/articles")
interface ArticleClient {

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    ArticleView get(@PathParam("id") UUID id);
}
