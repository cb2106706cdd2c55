package io.newsroom.web.backend;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** article-service's public reads. Answers are read by {@link Articles}, which knows what each status means. */
@RegisterRestClient(configKey = "article-service")
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
interface ArticleApi {

    @GET
    @Path("{idOrSlug}")
    Response story(@PathParam("idOrSlug") String idOrSlug);

    @GET
    Response list(@QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("tag") String tag);
}
